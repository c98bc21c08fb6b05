namespace PlanWorkflows.Activities.Calendar.Lunar;

/// <summary>
/// The Vietnamese lunisolar calendar (âm lịch) computed for UTC+7, after Hồ Ngọc Đức's public algorithm: a month
/// starts on the local day of a new moon, month 11 contains the winter solstice, and in a year with 13 months the
/// leap month is the first one that contains no major solar term.
/// </summary>
internal static class VietnameseLunarCalendar
{
    private const double VietnamUtcOffsetHours = 7;

    /// <summary>Julian day number of 0001-01-01, the day <see cref="DateOnly.DayNumber"/> counts from.</summary>
    private const int JulianDayOfDayNumberZero = 1721426;

    /// <summary>Tết Nguyên đán: the first day of the first month of the lunar year that starts in the given
    /// Gregorian year.</summary>
    public static DateOnly NewYear(int year) => ToSolar(year, month: 1, day: 1);

    /// <summary>The Gregorian date of a day of a regular (non-leap) lunar month.</summary>
    public static DateOnly ToSolar(int lunarYear, int month, int day)
    {
        var (startYear, endYear) = month < 11 ? (lunarYear - 1, lunarYear) : (lunarYear, lunarYear + 1);
        var month11 = StartOfMonth11(startYear);
        var nextMonth11 = StartOfMonth11(endYear);
        var k = (int)Math.Floor(0.5 + ((month11 - LunarAstronomy.NewMoonEpoch) / LunarAstronomy.SynodicMonth));
        var monthsAfter11 = (month + 1) % 12;
        if (nextMonth11 - month11 > 365 && monthsAfter11 >= LeapMonthOffset(month11))
        {
            monthsAfter11++;
        }

        var monthStart = LunarAstronomy.NewMoonDay(k + monthsAfter11, VietnamUtcOffsetHours);
        return DateOnly.FromDayNumber(monthStart + day - 1 - JulianDayOfDayNumberZero);
    }

    /// <summary>The Julian day number on which month 11 (the month of the winter solstice) of the year starts.</summary>
    private static int StartOfMonth11(int year)
    {
        var december31 = new DateOnly(year, 12, 31).DayNumber + JulianDayOfDayNumberZero;
        var k = (int)Math.Floor((december31 - 2415021) / LunarAstronomy.SynodicMonth);
        var newMoon = LunarAstronomy.NewMoonDay(k, VietnamUtcOffsetHours);
        return LunarAstronomy.SunLongitudeSector(newMoon, VietnamUtcOffsetHours) >= 9
            ? LunarAstronomy.NewMoonDay(k - 1, VietnamUtcOffsetHours)
            : newMoon;
    }

    /// <summary>How many months after month 11 the leap month comes, in a year of 13 months: the first month
    /// during which the sun does not enter a new sector.</summary>
    private static int LeapMonthOffset(int month11)
    {
        var k = (int)Math.Floor(((month11 - LunarAstronomy.NewMoonEpoch) / LunarAstronomy.SynodicMonth) + 0.5);
        var offset = 1;
        var sector = SectorAtNewMoon(k + offset);
        int previous;
        do
        {
            previous = sector;
            offset++;
            sector = SectorAtNewMoon(k + offset);
        }
        while (sector != previous && offset < 14);

        return offset - 1;
    }

    private static int SectorAtNewMoon(int k) =>
        LunarAstronomy.SunLongitudeSector(LunarAstronomy.NewMoonDay(k, VietnamUtcOffsetHours), VietnamUtcOffsetHours);
}
