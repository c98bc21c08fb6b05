namespace PlanWorkflows.Activities.Steps;

/// <summary>
/// Dates of plans are Vietnamese calendar dates (UTC+7, no daylight saving): "today" and the instant a dated
/// escalation fires are taken in that zone.
/// </summary>
internal static class PlanTime
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>Escalations of a day go out when offices open.</summary>
    private static readonly TimeOnly OfficeOpens = new(7, 30);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(VietnamOffset).DateTime);

    public static DateTimeOffset OfficeOpeningOn(DateOnly date) => new(date.ToDateTime(OfficeOpens), VietnamOffset);

    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), VietnamOffset);
}
