namespace PlanWorkflows.Activities.Calendar;

/// <summary>
/// Vietnamese working days for deadlines and escalation offsets: weekends, public holidays, official bridge days
/// and make-up working days are taken into account.
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>Describes the date: its <see cref="DayKind"/> and, for holidays, the holiday's name.</summary>
    CalendarDay DescribeDay(DateOnly date);

    /// <summary>True when civil servants work on the date.</summary>
    bool IsWorkingDay(DateOnly date);

    /// <summary>
    /// The date reached by stepping over <paramref name="workingDays"/> working days from
    /// <paramref name="start"/>: forwards for a positive count, backwards for a negative one. The start itself is
    /// not counted, so the result is always a working day unless the count is zero, which returns the start.
    /// </summary>
    DateOnly AddWorkingDays(DateOnly start, int workingDays);

    /// <summary>
    /// The number of working days stepped onto when walking from <paramref name="from"/> to
    /// <paramref name="to"/>: working days in (from, to] when walking forwards, and the negated number of working
    /// days in [to, from) when walking backwards. <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>.
    /// </summary>
    int WorkingDaysBetween(DateOnly from, DateOnly to);

    /// <summary>The date itself when it is a working day, otherwise the first working day after it.</summary>
    DateOnly NextWorkingDayOnOrAfter(DateOnly date);
}
