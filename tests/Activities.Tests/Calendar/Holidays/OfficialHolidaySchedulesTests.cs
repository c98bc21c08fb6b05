using PlanWorkflows.Activities.Calendar;
using static PlanWorkflows.Activities.Tests.Calendar.CalendarFixture;

namespace PlanWorkflows.Activities.Tests.Calendar.Holidays;

public sealed class OfficialHolidaySchedulesTests
{
    private readonly IWorkingDayCalendar calendar = Default();

    [Theory]
    [InlineData(2025, 1, 27, 2025, 1, 31)]
    [InlineData(2026, 2, 16, 2026, 2, 20)]
    [InlineData(2024, 2, 8, 2024, 2, 14)]
    public void DescribeDay_OfficialTetDaysOff_ArePublicHolidaysNamedTetNguyenDan(
        int firstYear, int firstMonth, int firstDay, int lastYear, int lastMonth, int lastDay)
    {
        for (var date = Date(firstYear, firstMonth, firstDay); date <= Date(lastYear, lastMonth, lastDay); date = date.AddDays(1))
        {
            calendar.DescribeDay(date).Should().Be(new CalendarDay(date, DayKind.PublicHoliday, "Tết Nguyên đán"));
        }
    }

    [Theory]
    [InlineData(2025, 1, 24)]
    [InlineData(2025, 2, 3)]
    [InlineData(2026, 2, 13)]
    [InlineData(2026, 2, 23)]
    public void IsWorkingDay_WeekdaysAroundTet_AreWorked(int year, int month, int day) =>
        calendar.IsWorkingDay(Date(year, month, day)).Should().BeTrue();

    [Fact]
    public void DescribeDay_Tet2025WeekendsAroundTheDaysOff_AreWeekends()
    {
        calendar.DescribeDay(Date(2025, 1, 25)).Kind.Should().Be(DayKind.Weekend);
        calendar.DescribeDay(Date(2025, 2, 2)).Kind.Should().Be(DayKind.Weekend);
    }

    [Fact]
    public void DescribeDay_HungKings2025_IsMondaySeventhOfApril()
    {
        calendar.DescribeDay(Date(2025, 4, 7)).Should().Be(new CalendarDay(Date(2025, 4, 7), DayKind.PublicHoliday, "Giỗ Tổ Hùng Vương"));
        calendar.IsWorkingDay(Date(2025, 4, 8)).Should().BeTrue();
    }

    [Fact]
    public void DescribeDay_HungKings2026OnSunday_IsMadeUpOnMonday()
    {
        calendar.DescribeDay(Date(2026, 4, 26)).HolidayName.Should().Be("Giỗ Tổ Hùng Vương");
        calendar.DescribeDay(Date(2026, 4, 27)).Should()
            .Be(new CalendarDay(Date(2026, 4, 27), DayKind.PublicHoliday, "Giỗ Tổ Hùng Vương (nghỉ bù)"));
        calendar.IsWorkingDay(Date(2026, 4, 28)).Should().BeTrue();
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void DescribeDay_VictoryAndLabourDays_ArePublicHolidays(int year)
    {
        calendar.DescribeDay(Date(year, 4, 30)).Should().Be(new CalendarDay(Date(year, 4, 30), DayKind.PublicHoliday, "Ngày Chiến thắng"));
        calendar.DescribeDay(Date(year, 5, 1)).Should().Be(new CalendarDay(Date(year, 5, 1), DayKind.PublicHoliday, "Ngày Quốc tế Lao động"));
    }

    [Fact]
    public void DescribeDay_Saturday26April2025_IsMakeUpWorkingDayForFriday2May()
    {
        var makeUp = calendar.DescribeDay(Date(2025, 4, 26));
        var bridge = calendar.DescribeDay(Date(2025, 5, 2));

        makeUp.Kind.Should().Be(DayKind.MakeUpWorkingDay);
        makeUp.IsWorkingDay.Should().BeTrue();
        bridge.Kind.Should().Be(DayKind.BridgeDay);
        bridge.IsWorkingDay.Should().BeFalse();
    }

    [Theory]
    [InlineData(2024, 4, 29, DayKind.BridgeDay)]
    [InlineData(2024, 5, 4, DayKind.MakeUpWorkingDay)]
    [InlineData(2026, 1, 2, DayKind.BridgeDay)]
    [InlineData(2026, 1, 10, DayKind.MakeUpWorkingDay)]
    public void DescribeDay_OfficialSwaps_AreBridgeAndMakeUpDays(int year, int month, int day, DayKind expected) =>
        calendar.DescribeDay(Date(year, month, day)).Kind.Should().Be(expected);

    [Theory]
    [InlineData(2024, 3)]
    [InlineData(2025, 1)]
    [InlineData(2026, 1)]
    [InlineData(2027, 3)]
    public void DescribeDay_NationalDayAndItsAdjacentDay_AreQuocKhanh(int year, int adjacentDay)
    {
        calendar.DescribeDay(Date(year, 9, 2)).Should().Be(new CalendarDay(Date(year, 9, 2), DayKind.PublicHoliday, "Quốc khánh"));
        calendar.DescribeDay(Date(year, 9, adjacentDay)).Should()
            .Be(new CalendarDay(Date(year, 9, adjacentDay), DayKind.PublicHoliday, "Quốc khánh"));
    }

    [Fact]
    public void IsWorkingDay_Monday31August2026_IsWorkedBecauseTheProposedSwapIsNotTabulated() =>
        calendar.IsWorkingDay(Date(2026, 8, 31)).Should().BeTrue();

    [Theory]
    [InlineData(2027, 2, 5)]
    [InlineData(2027, 2, 8)]
    [InlineData(2027, 2, 9)]
    [InlineData(2027, 2, 10)]
    [InlineData(2027, 2, 11)]
    [InlineData(2027, 4, 16)]
    [InlineData(2027, 5, 3)]
    public void IsWorkingDay_2027StatutoryDaysOff_AreNotWorked(int year, int month, int day) =>
        calendar.IsWorkingDay(Date(year, month, day)).Should().BeFalse();

    [Fact]
    public void IsWorkingDay_2027AfterTet_IsWorkedAgainOnFriday12February() =>
        calendar.IsWorkingDay(Date(2027, 2, 12)).Should().BeTrue();
}
