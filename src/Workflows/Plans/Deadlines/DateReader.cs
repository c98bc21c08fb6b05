using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanWorkflows.Workflows.Plans.Deadlines;

/// <summary>
/// Reads dates in the notations plans use: 25/5/2022, 20.7.2020, 25-10, "ngày 15 tháng 12 năm 2024", "tháng 6/2024"
/// (end of month), "quý II/2024" (end of quarter). A missing year comes from the context year.
/// </summary>
internal static partial class DateReader
{
    /// <summary>The pattern of one date, for use inside larger patterns.</summary>
    public const string Pattern =
        @"(?:(?<![\d/.\-])\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?(?![\d/])|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|tháng\s+\d{1,2}\s*(?:/|năm)\s*\d{4}|[qQ]uý\s+(?:IV|I{1,3}|[1-4])\s*(?:/|năm)\s*\d{4})";

    public static DateOnly? Read(string text, int? contextYear)
    {
        var match = Numeric().Match(text);
        if (match.Success)
        {
            return Make(Number(match, "y") ?? contextYear, Number(match, "m"), Number(match, "d"));
        }

        match = MonthOfYear().Match(text);
        if (match.Success)
        {
            var year = Number(match, "y")!.Value;
            var month = Number(match, "m")!.Value;
            return month is >= 1 and <= 12 ? new DateOnly(year, month, DateTime.DaysInMonth(year, month)) : null;
        }

        match = Quarter().Match(text);
        return match.Success ? EndOfQuarter(match.Groups["q"].Value, Number(match, "y")!.Value) : null;
    }

    /// <summary>The latest four-digit year between 1990 and 2100 written in <paramref name="text"/>, if any.</summary>
    public static int? LatestYear(string text) =>
        Year().Matches(text).Select(match => (int?)int.Parse(match.Value, CultureInfo.InvariantCulture))
            .Where(year => year is >= 1990 and <= 2100).Max();

    private static DateOnly? Make(int? year, int? month, int? day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year.Value, month.Value)
            ? new DateOnly(year.Value, month.Value, day.Value)
            : null;

    private static DateOnly? EndOfQuarter(string quarter, int year)
    {
        var number = quarter switch { "I" or "1" => 1, "II" or "2" => 2, "III" or "3" => 3, _ => 4 };
        return year is >= 1900 and <= 2200 ? new DateOnly(year, number * 3, DateTime.DaysInMonth(year, number * 3)) : null;
    }

    private static int? Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"(?<![\d/.\-])(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})(?:\s*[/.\-]\s*(?<y>\d{4}))?(?![\d/])|(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})(?:\s+năm\s+(?<y>\d{4}))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"tháng\s+(?<m>\d{1,2})\s*(?:/|năm)\s*(?<y>\d{4})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex MonthOfYear();

    [GeneratedRegex(@"[qQ]uý\s+(?<q>IV|I{1,3}|[1-4])\s*(?:/|năm)\s*(?<y>\d{4})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Year();
}
