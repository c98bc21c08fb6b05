namespace PlanWorkflows.Activities.Calendar;

/// <summary>A date as the working-day calendar sees it.</summary>
/// <param name="Date">The date.</param>
/// <param name="Kind">Whether it is worked, and why not.</param>
/// <param name="HolidayName">The Vietnamese name of the holiday or occasion for display
/// (e.g. "Tết Nguyên đán"); null for ordinary working days and weekends.</param>
public sealed record CalendarDay(DateOnly Date, DayKind Kind, string? HolidayName)
{
    /// <summary>True when civil servants work on this day.</summary>
    public bool IsWorkingDay => Kind is DayKind.WorkingDay or DayKind.MakeUpWorkingDay;
}
