using PlanWorkflows.Activities.Calendar.Lunar;

namespace PlanWorkflows.Activities.Calendar.Holidays;

/// <summary>
/// The holidays the law itself fixes, for years without an official schedule in
/// <see cref="OfficialHolidaySchedules"/>: Bộ luật Lao động 2019 Điều 112 khoản 1, with a day off in
/// compensation on the next free working day for each holiday that falls on a weekend
/// (Điều 111 khoản 3). The Prime Minister picks the five Tết days and the day adjacent to 2/9 each year; here
/// Tết is the last day of the old lunar year and the first four days of the new one, and the adjacent day is
/// the one that joins 2/9 to a weekend, as chosen in 2021-2025 (and proposed for 2026).
/// </summary>
internal static class StatutoryHolidays
{
    public static HolidaySchedule For(int year)
    {
        var holidays = Holidays(year).OrderBy(day => day.Date).ToList();
        return new HolidaySchedule(year, [.. holidays.DistinctBy(day => day.Date), .. Compensations(holidays)]);
    }

    private static IEnumerable<ScheduledDay> Holidays(int year)
    {
        yield return ScheduledDay.Holiday(year, 1, 1, HolidayNames.NewYear);
        var tet = VietnameseLunarCalendar.NewYear(year);
        foreach (var day in ScheduledDay.HolidayRange(tet.AddDays(-1), tet.AddDays(3), HolidayNames.LunarNewYear))
        {
            yield return day;
        }

        var hungKings = VietnameseLunarCalendar.ToSolar(year, month: 3, day: 10);
        yield return ScheduledDay.Holiday(hungKings, HolidayNames.HungKingsCommemoration);
        yield return ScheduledDay.Holiday(year, 4, 30, HolidayNames.VictoryDay);
        yield return ScheduledDay.Holiday(year, 5, 1, HolidayNames.LabourDay);
        var nationalDay = new DateOnly(year, 9, 2);
        yield return ScheduledDay.Holiday(nationalDay, HolidayNames.NationalDay);
        yield return ScheduledDay.Holiday(DayAdjacentToNationalDay(nationalDay), HolidayNames.NationalDay);
    }

    private static DateOnly DayAdjacentToNationalDay(DateOnly nationalDay) =>
        nationalDay.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Thursday or DayOfWeek.Sunday
            ? nationalDay.AddDays(1)
            : nationalDay.AddDays(-1);

    /// <summary>A holiday on a weekend, or on the same date as another holiday (Giỗ Tổ can fall on 30/4), is
    /// made up on the first later weekday that is not already a day off.</summary>
    private static List<ScheduledDay> Compensations(IReadOnlyList<ScheduledDay> holidays)
    {
        var daysOff = new HashSet<DateOnly>();
        var compensations = new List<ScheduledDay>();
        foreach (var holiday in holidays)
        {
            if (WeeklyRest.IsWeekend(holiday.Date) || !daysOff.Add(holiday.Date))
            {
                compensations.Add(ScheduledDay.Holiday(
                    NextFreeWeekday(holiday.Date, holidays, daysOff), HolidayNames.Compensation(holiday.Name)));
            }
        }

        return compensations;
    }

    private static DateOnly NextFreeWeekday(DateOnly after, IReadOnlyList<ScheduledDay> holidays, HashSet<DateOnly> daysOff)
    {
        var date = after.AddDays(1);
        while (WeeklyRest.IsWeekend(date) || holidays.Any(day => day.Date == date) || !daysOff.Add(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
