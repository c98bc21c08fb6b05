namespace PlanWorkflows.Activities.Calendar;

/// <summary>
/// Local changes to the official calendar, from configuration section <c>Calendar</c>; they take precedence over
/// the tabulated and statutory holidays. Each entry is either a date ("2026-08-22") or an object
/// <c>{ "Date": "2026-11-24", "Name": "Ngày Văn hóa Việt Nam" }</c>.
/// </summary>
public sealed record WorkingDayCalendarOptions
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string SectionName = "Calendar";

    /// <summary>Extra days off (<c>Calendar:ExtraDaysOff</c>), e.g. a province's own decision.</summary>
    public IReadOnlyList<ConfiguredDay> ExtraDaysOff { get; init; } = [];

    /// <summary>Days that are worked whatever the table says (<c>Calendar:WorkingDays</c>), e.g. a make-up
    /// Saturday announced after this release.</summary>
    public IReadOnlyList<ConfiguredDay> WorkingDays { get; init; } = [];
}
