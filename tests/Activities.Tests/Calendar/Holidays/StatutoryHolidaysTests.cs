using PlanWorkflows.Activities.Calendar;
using PlanWorkflows.Activities.Calendar.Holidays;
using static PlanWorkflows.Activities.Tests.Calendar.CalendarFixture;

namespace PlanWorkflows.Activities.Tests.Calendar.Holidays;

public sealed class StatutoryHolidaysTests
{
    [Fact]
    public void For_2023_GivesTheDaysOffAnnouncedFor2023()
    {
        var daysOff = WeekdaysOff(StatutoryHolidays.For(2023));

        daysOff.Should().Contain([Date(2023, 1, 2), Date(2023, 5, 1), Date(2023, 5, 2), Date(2023, 5, 3), Date(2023, 9, 1), Date(2023, 9, 4)]);
        daysOff.Should().NotContain(Date(2023, 9, 5));
    }

    [Fact]
    public void For_2026_TetMatchesTheOfficialDaysOff()
    {
        var tet = StatutoryHolidays.For(2026).Days.Where(day => day.Name == HolidayNames.LunarNewYear).Select(day => day.Date);

        tet.Should().Equal(Date(2026, 2, 16), Date(2026, 2, 17), Date(2026, 2, 18), Date(2026, 2, 19), Date(2026, 2, 20));
    }

    [Fact]
    public void For_Years2000To2100_GiveElevenWeekdaysOffWithoutDuplicateDates()
    {
        for (var year = 2000; year <= 2100; year++)
        {
            var schedule = StatutoryHolidays.For(year);

            schedule.Days.Select(day => day.Date).Should().OnlyHaveUniqueItems($"year {year}");
            WeekdaysOff(schedule).Should().HaveCount(11, $"Điều 112 gives 11 days off in {year}");
        }
    }

    [Fact]
    public void For_2027_MakesUpLabourDayOnSaturdayOnMonday() =>
        StatutoryHolidays.For(2027).Days.Should()
            .ContainSingle(day => day.Date == Date(2027, 5, 3) && day.Name == "Ngày Quốc tế Lao động (nghỉ bù)");

    private static List<DateOnly> WeekdaysOff(HolidaySchedule schedule) =>
    [
        .. schedule.Days
            .Where(day => day.Kind == DayKind.PublicHoliday && day.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Select(day => day.Date),
    ];
}
