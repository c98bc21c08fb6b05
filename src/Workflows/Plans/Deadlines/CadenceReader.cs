using System.Globalization;
using System.Text.RegularExpressions;
using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Plans.Deadlines;

/// <summary>
/// Reads recurrences: "hằng tháng", "hằng quý", "6 tháng", "hằng năm", "sơ kết, tổng kết", "định kỳ" and windows
/// ("từ ngày 1 đến ngày 5 hằng tháng", "trước ngày 20 hằng tháng", "trước ngày 15/12 hằng năm"). Outside a time
/// slot only sentences about reporting count, so "kế hoạch 5 năm, hằng năm" is no cadence.
/// </summary>
internal static partial class CadenceReader
{
    public static TaskCadence? Read(string text, bool isTimeSlot, SourceRange source)
    {
        foreach (var sentence in Sentences(text))
        {
            if (!isTimeSlot && !Reporting().IsMatch(sentence))
            {
                continue;
            }

            var cadence = Windowed(sentence, source) ?? Plain(sentence, source);
            if (cadence is not null)
            {
                return cadence;
            }
        }

        return null;
    }

    /// <summary>Splits text into sentences and clauses (after '.' and ';').</summary>
    public static string[] Sentences(string text) => Sentence().Split(text);

    private static TaskCadence? Windowed(string sentence, SourceRange source)
    {
        var window = Window().Match(sentence);
        if (window.Success)
        {
            return new TaskCadence(Period(window.Groups["p"].Value), window.Value, Int(window, "a"), Int(window, "b"), null, source);
        }

        var due = DueDay().Match(sentence);
        return due.Success
            ? new TaskCadence(Period(due.Groups["p"].Value), due.Value, null, Int(due, "d"), Int(due, "m"), source)
            : null;
    }

    private static TaskCadence? Plain(string sentence, SourceRange source)
    {
        var match = Recurrence().Match(sentence);
        if (match.Success)
        {
            return new TaskCadence(Period(match.Groups["p"].Value), match.Value, null, null, null, source);
        }

        match = Review().Match(sentence);
        if (match.Success)
        {
            return new TaskCadence(CadencePeriod.Review, sentence[match.Index..].Trim(), null, null, null, source);
        }

        match = Periodic().Match(sentence);
        return match.Success ? new TaskCadence(CadencePeriod.Periodic, match.Value, null, null, null, source) : null;
    }

    private static CadencePeriod Period(string word) => word switch
    {
        "tháng" => CadencePeriod.Monthly,
        "quý" => CadencePeriod.Quarterly,
        "6 tháng" or "06 tháng" or "sáu tháng" => CadencePeriod.HalfYearly,
        _ => CadencePeriod.Yearly,
    };

    private static int? Int(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"(?<=[.;])\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"báo cáo|định kỳ|sơ kết|tổng kết|[Bb]áo cáo", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Reporting();

    [GeneratedRegex(@"từ ngày (?<a>\d{1,2}) đến (?:hết )?ngày (?<b>\d{1,2})(?: của)? (?:hằng|hàng|mỗi) (?<p>tháng|quý|năm)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Window();

    [GeneratedRegex(@"(?:trước|chậm nhất|vào|trước ngày|trong ngày)\s+(?:ngày\s+)?(?<d>\d{1,2})(?:\s*/\s*(?<m>\d{1,2}))?(?: của)? (?:hằng|hàng|mỗi) (?<p>tháng|quý|năm)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex DueDay();

    [GeneratedRegex(@"(?:(?:hằng|hàng|mỗi|định kỳ|theo)\s+(?<p>tháng|quý|năm)|(?:định kỳ\s+|báo cáo\s+)?(?<p>6 tháng|06 tháng|sáu tháng)|(?<p>năm)\s+một lần)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Recurrence();

    [GeneratedRegex(@"sơ kết|tổng kết", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Review();

    [GeneratedRegex(@"định kỳ[^.;]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Periodic();
}
