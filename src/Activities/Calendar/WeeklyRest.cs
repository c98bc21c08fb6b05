namespace PlanWorkflows.Activities.Calendar;

/// <summary>Saturday and Sunday are the weekly rest days of state agencies (40-hour week,
/// Quyết định 188/1999/QĐ-TTg).</summary>
internal static class WeeklyRest
{
    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
