using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PlanWorkflows.Activities.Calendar.Holidays;

namespace PlanWorkflows.Activities.Calendar;

/// <summary>
/// Configured days first, then the year's official (or statutory) holiday schedule, then the weekly rest days.
/// </summary>
internal sealed class WorkingDayCalendar : IWorkingDayCalendar
{
    private readonly IReadOnlyDictionary<DateOnly, CalendarDay> configuredDays;
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, ScheduledDay>> schedulesByYear = new();

    public WorkingDayCalendar(IOptions<WorkingDayCalendarOptions> options)
    {
        configuredDays = ConfiguredDays.From(options.Value);
    }

    public CalendarDay DescribeDay(DateOnly date)
    {
        if (configuredDays.TryGetValue(date, out var configured))
        {
            return configured;
        }

        var schedule = schedulesByYear.GetOrAdd(date.Year, year => OfficialHolidaySchedules.For(year).ByDate());
        if (schedule.TryGetValue(date, out var scheduled))
        {
            return new CalendarDay(date, scheduled.Kind, scheduled.Name);
        }

        return new CalendarDay(date, WeeklyRest.IsWeekend(date) ? DayKind.Weekend : DayKind.WorkingDay, HolidayName: null);
    }

    public bool IsWorkingDay(DateOnly date) => DescribeDay(date).IsWorkingDay;

    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        var step = Math.Sign(workingDays);
        var date = start;
        for (var remaining = Math.Abs(workingDays); remaining > 0;)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    public int WorkingDaysBetween(DateOnly from, DateOnly to) =>
        from <= to
            ? CountWorkingDays(from.AddDays(1), to)
            : -CountWorkingDays(to, from.AddDays(-1));

    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private int CountWorkingDays(DateOnly first, DateOnly last)
    {
        var count = 0;
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
