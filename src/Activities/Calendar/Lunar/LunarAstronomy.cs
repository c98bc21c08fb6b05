namespace PlanWorkflows.Activities.Calendar.Lunar;

/// <summary>
/// New moons and the sun's longitude by the low-precision formulas of Jean Meeus, "Astronomical Algorithms"
/// (1998), as used in Hồ Ngọc Đức's public Vietnamese lunar calendar algorithm. Days are Julian day numbers;
/// local days are counted in the given UTC offset.
/// </summary>
internal static class LunarAstronomy
{
    /// <summary>Julian day number of 1900-01-01, the epoch of the new-moon series.</summary>
    public const double NewMoonEpoch = 2415021.076998695;

    public const double SynodicMonth = 29.530588853;

    private const double Radians = Math.PI / 180;

    /// <summary>The local Julian day number on which the k-th new moon after 1900-01-01 falls.</summary>
    public static int NewMoonDay(int k, double utcOffsetHours) =>
        (int)Math.Floor(NewMoonJulianDate(k) + 0.5 + (utcOffsetHours / 24));

    /// <summary>Which of the twelve 30° sectors the sun is in at the start of the local day
    /// (0 = from the vernal equinox; 9 = from the winter solstice).</summary>
    public static int SunLongitudeSector(int julianDayNumber, double utcOffsetHours) =>
        (int)Math.Floor(SunLongitude(julianDayNumber - 0.5 - (utcOffsetHours / 24)) / Math.PI * 6);

    private static double NewMoonJulianDate(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var mean = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3)
            + (0.00033 * Sin(166.56 + (132.87 * t) - (0.009173 * t2)));
        var sunAnomaly = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var moonAnomaly = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var latitude = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        var correction = ((0.1734 - (0.000393 * t)) * Sin(sunAnomaly)) + (0.0021 * Sin(2 * sunAnomaly))
            - (0.4068 * Sin(moonAnomaly)) + (0.0161 * Sin(2 * moonAnomaly)) - (0.0004 * Sin(3 * moonAnomaly))
            + (0.0104 * Sin(2 * latitude)) - (0.0051 * Sin(sunAnomaly + moonAnomaly))
            - (0.0074 * Sin(sunAnomaly - moonAnomaly)) + (0.0004 * Sin((2 * latitude) + sunAnomaly))
            - (0.0004 * Sin((2 * latitude) - sunAnomaly)) - (0.0006 * Sin((2 * latitude) + moonAnomaly))
            + (0.0010 * Sin((2 * latitude) - moonAnomaly)) + (0.0005 * Sin((2 * moonAnomaly) + sunAnomaly));
        return mean + correction - DeltaT(t);
    }

    /// <summary>Terrestrial minus universal time, in days, as a polynomial in Julian centuries since 1900.</summary>
    private static double DeltaT(double t) =>
        t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t * t) - (0.00000845 * t * t * t)
                - (0.000000081 * t * t * t * t)
            : -0.000278 + (0.000265 * t) + (0.000262 * t * t);

    /// <summary>The sun's apparent longitude in radians, normalised to [0, 2π).</summary>
    private static double SunLongitude(double julianDate)
    {
        var t = (julianDate - 2451545.0) / 36525;
        var t2 = t * t;
        var meanAnomaly = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var meanLongitude = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var centre = ((1.914600 - (0.004817 * t) - (0.000014 * t2)) * Sin(meanAnomaly))
            + ((0.019993 - (0.000101 * t)) * Sin(2 * meanAnomaly)) + (0.000290 * Sin(3 * meanAnomaly));
        var longitude = (meanLongitude + centre) * Radians;
        return longitude - (Math.PI * 2 * Math.Floor(longitude / (Math.PI * 2)));
    }

    private static double Sin(double degrees) => Math.Sin(degrees * Radians);
}
