using PlanWorkflows.Activities.Calendar.Lunar;
using static PlanWorkflows.Activities.Tests.Calendar.CalendarFixture;

namespace PlanWorkflows.Activities.Tests.Calendar.Lunar;

public sealed class VietnameseLunarCalendarTests
{
    /// <summary>Tết Nguyên đán as celebrated in Việt Nam. 1985, 2007 and 2030 differ from the Chinese New Year
    /// (20/2/1985, 18/2/2007, 3/2/2030) because Việt Nam computes in UTC+7: the new moon of 2/2/2030 falls at
    /// about 23:07 in Hà Nội and 00:07 in Beijing.</summary>
    public static TheoryData<int, int, int> TetDates => new()
    {
        { 1985, 1, 21 }, { 2000, 2, 5 }, { 2001, 1, 24 }, { 2002, 2, 12 }, { 2003, 2, 1 }, { 2004, 1, 22 },
        { 2005, 2, 9 }, { 2006, 1, 29 }, { 2007, 2, 17 }, { 2008, 2, 7 }, { 2009, 1, 26 }, { 2010, 2, 14 },
        { 2011, 2, 3 }, { 2012, 1, 23 }, { 2013, 2, 10 }, { 2014, 1, 31 }, { 2015, 2, 19 }, { 2016, 2, 8 },
        { 2017, 1, 28 }, { 2018, 2, 16 }, { 2019, 2, 5 }, { 2020, 1, 25 }, { 2021, 2, 12 }, { 2022, 2, 1 },
        { 2023, 1, 22 }, { 2024, 2, 10 }, { 2025, 1, 29 }, { 2026, 2, 17 }, { 2027, 2, 6 }, { 2028, 1, 26 },
        { 2029, 2, 13 }, { 2030, 2, 2 },
    };

    [Theory]
    [MemberData(nameof(TetDates))]
    public void NewYear_KnownYears_IsTheTetCelebratedInVietnam(int year, int month, int day) =>
        VietnameseLunarCalendar.NewYear(year).Should().Be(Date(year, month, day));

    /// <summary>10/3 âm lịch; 2012, 2020 and 2023 have a leap month, 2023's (tháng 2 nhuận) before month 3.</summary>
    [Theory]
    [InlineData(2012, 3, 31)]
    [InlineData(2019, 4, 14)]
    [InlineData(2020, 4, 2)]
    [InlineData(2022, 4, 10)]
    [InlineData(2023, 4, 29)]
    [InlineData(2024, 4, 18)]
    [InlineData(2025, 4, 7)]
    [InlineData(2026, 4, 26)]
    public void ToSolar_TenthDayOfThirdMonth_IsGioToHungVuong(int year, int month, int day) =>
        VietnameseLunarCalendar.ToSolar(year, month: 3, day: 10).Should().Be(Date(year, month, day));

    /// <summary>8/2/2024 was 29 Chạp Quý Mão and 16/2/2026 is 29 Chạp Ất Tỵ, per the official Tết notices.</summary>
    [Theory]
    [InlineData(2023, 29, 2024, 2, 8)]
    [InlineData(2023, 30, 2024, 2, 9)]
    [InlineData(2025, 29, 2026, 2, 16)]
    public void ToSolar_DayOfTwelfthMonth_FallsInTheNextGregorianYear(int lunarYear, int lunarDay, int year, int month, int day) =>
        VietnameseLunarCalendar.ToSolar(lunarYear, month: 12, day: lunarDay).Should().Be(Date(year, month, day));
}
