using PlanWorkflows.Activities.Calendar.Holidays;

namespace PlanWorkflows.Activities.Calendar;

/// <summary>Turns <see cref="WorkingDayCalendarOptions"/> into the days that override the holiday schedules.</summary>
internal static class ConfiguredDays
{
    public static IReadOnlyDictionary<DateOnly, CalendarDay> From(WorkingDayCalendarOptions options)
    {
        var days = new Dictionary<DateOnly, CalendarDay>();
        foreach (var dayOff in options.ExtraDaysOff)
        {
            Add(days, new CalendarDay(dayOff.Date, DayKind.PublicHoliday, dayOff.Name ?? HolidayNames.ConfiguredDayOff));
        }

        foreach (var workingDay in options.WorkingDays)
        {
            var kind = WeeklyRest.IsWeekend(workingDay.Date) ? DayKind.MakeUpWorkingDay : DayKind.WorkingDay;
            Add(days, new CalendarDay(workingDay.Date, kind, workingDay.Name));
        }

        return days;
    }

    private static void Add(Dictionary<DateOnly, CalendarDay> days, CalendarDay day)
    {
        if (!days.TryAdd(day.Date, day))
        {
            throw new CalendarConfigurationException(
                $"{day.Date:yyyy-MM-dd} is configured more than once in section '{WorkingDayCalendarOptions.SectionName}'.");
        }
    }
}
