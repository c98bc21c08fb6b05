namespace PlanWorkflows.Activities.Calendar.Holidays;

/// <summary>The holidays, bridge days and make-up working days of one Gregorian year.</summary>
internal sealed record HolidaySchedule(int Year, IReadOnlyList<ScheduledDay> Days)
{
    public IReadOnlyDictionary<DateOnly, ScheduledDay> ByDate() => Days.ToDictionary(day => day.Date);
}
