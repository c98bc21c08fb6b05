using PlanWorkflows.Activities.Calendar;
using static PlanWorkflows.Activities.Tests.Calendar.CalendarFixture;

namespace PlanWorkflows.Activities.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private readonly IWorkingDayCalendar calendar = Default();

    [Theory]
    [InlineData(1, 10)]
    [InlineData(3, 12)]
    public void AddWorkingDays_FromFridayAcrossWeekend_SkipsSaturdayAndSunday(int workingDays, int expectedDay) =>
        calendar.AddWorkingDays(Date(2025, 3, 7), workingDays).Should().Be(Date(2025, 3, expectedDay));

    [Fact]
    public void AddWorkingDays_FromFridayBeforeTet2025_LandsOnMondayAfterTet() =>
        calendar.AddWorkingDays(Date(2025, 1, 24), 1).Should().Be(Date(2025, 2, 3));

    [Fact]
    public void AddWorkingDays_ThreeDaysOverWeekendAndGioTo_SkipsTheHoliday() =>
        calendar.AddWorkingDays(Date(2025, 4, 3), 3).Should().Be(Date(2025, 4, 9));

    [Fact]
    public void AddWorkingDays_OntoMakeUpSaturday_CountsIt() =>
        calendar.AddWorkingDays(Date(2025, 4, 25), 1).Should().Be(Date(2025, 4, 26));

    [Theory]
    [InlineData(2025, 2, 3, -1, 2025, 1, 24)]
    [InlineData(2025, 3, 10, -1, 2025, 3, 7)]
    [InlineData(2026, 2, 23, -6, 2026, 2, 6)]
    public void AddWorkingDays_NegativeCount_StepsBackOverDaysOff(
        int year, int month, int day, int workingDays, int expectedYear, int expectedMonth, int expectedDay) =>
        calendar.AddWorkingDays(Date(year, month, day), workingDays).Should().Be(Date(expectedYear, expectedMonth, expectedDay));

    [Fact]
    public void AddWorkingDays_Zero_ReturnsStartEvenOnADayOff() =>
        calendar.AddWorkingDays(Date(2025, 1, 29), 0).Should().Be(Date(2025, 1, 29));

    [Fact]
    public void WorkingDaysBetween_AcrossTet2025_CountsOnlyWorkedDays()
    {
        calendar.WorkingDaysBetween(Date(2025, 1, 24), Date(2025, 2, 3)).Should().Be(1);
        calendar.WorkingDaysBetween(Date(2025, 2, 3), Date(2025, 1, 24)).Should().Be(-1);
        calendar.WorkingDaysBetween(Date(2025, 2, 3), Date(2025, 2, 3)).Should().Be(0);
    }

    [Fact]
    public void WorkingDaysBetween_AfterAddWorkingDays_GivesBackTheCount()
    {
        for (var start = Date(2024, 12, 1); start <= Date(2026, 12, 31); start = start.AddDays(3))
        {
            for (var count = -12; count <= 12; count++)
            {
                calendar.WorkingDaysBetween(start, calendar.AddWorkingDays(start, count)).Should().Be(count, $"from {start}");
            }
        }
    }

    [Fact]
    public void NextWorkingDayOnOrAfter_FirstDayOfTet2026Break_IsMondayAfterIt() =>
        calendar.NextWorkingDayOnOrAfter(Date(2026, 2, 14)).Should().Be(Date(2026, 2, 23));

    [Fact]
    public void NextWorkingDayOnOrAfter_WorkingDay_ReturnsIt() =>
        calendar.NextWorkingDayOnOrAfter(Date(2026, 1, 10)).Should().Be(Date(2026, 1, 10));

    [Fact]
    public void DescribeDay_OrdinaryDays_AreWorkingDayOrWeekendWithoutName()
    {
        calendar.DescribeDay(Date(2026, 3, 4)).Should().Be(new CalendarDay(Date(2026, 3, 4), DayKind.WorkingDay, HolidayName: null));
        calendar.DescribeDay(Date(2026, 3, 7)).Should().Be(new CalendarDay(Date(2026, 3, 7), DayKind.Weekend, HolidayName: null));
    }

    [Fact]
    public void IsWorkingDay_TetOfAYearAfterTheTable_IsADayOff()
    {
        calendar.IsWorkingDay(Date(2031, 1, 23)).Should().BeFalse();
        calendar.DescribeDay(Date(2031, 1, 23)).HolidayName.Should().Be("Tết Nguyên đán");
    }
}
