using System.Globalization;
using System.Text.RegularExpressions;
using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Plans.Deadlines;

/// <summary>
/// Reads a task's deadline, cadence and target year from its text and, when there is one, its time slot (a
/// "Thời gian" table cell or a "Thời gian thực hiện: ..." clause). Dates without a year take the context year.
/// </summary>
internal static partial class ScheduleReader
{
    public static Schedule Read(string text, string? timeSlot, int? contextYear, SourceRange source)
    {
        var slot = timeSlot ?? SlotIn(text);
        var searched = slot ?? text;
        var cadence = (slot is null ? null : CadenceReader.Read(slot, isTimeSlot: true, source)) ?? CadenceReader.Read(text, isTimeSlot: false, source);
        var deadline = Staged(searched, contextYear, source) ?? Ranged(searched, contextYear, source)
            ?? Due(searched, slot is not null, contextYear, source, cadence) ?? Undated(slot, text, source);
        var target = deadline is null ? TargetYear(searched) : null;
        return new Schedule(deadline, cadence, target);
    }

    private static string? SlotIn(string text)
    {
        var match = TimeLabel().Match(text);
        return match.Success ? match.Groups["slot"].Value.Trim() : null;
    }

    private static TaskDeadline? Staged(string text, int? year, SourceRange source)
    {
        var stages = Stage().Matches(text)
            .Select(match => (Label: "Đợt " + match.Groups["n"].Value, Date: LastDate(match.Groups["body"].Value, year), Text: match.Value.Trim()))
            .Where(stage => stage.Date is not null)
            .ToList();
        return stages.Count < 2 ? null : new TaskDeadline(stages[0].Date, string.Join("; ", stages.Select(stage => stage.Text)),
            DeadlineKind.Staged, null, stages.Select(stage => new DeadlineStage(stage.Label, stage.Date!.Value)).ToList(), source);
    }

    /// <summary>The last date of a stage ("từ ngày 01/6 đến 30/6/2024" is due on 30/6/2024).</summary>
    private static DateOnly? LastDate(string text, int? year)
    {
        var last = AnyDate().Matches(text).LastOrDefault();
        return last is null ? null : DateReader.Read(last.Value, DateReader.LatestYear(text) ?? year);
    }

    private static TaskDeadline? Ranged(string text, int? year, SourceRange source)
    {
        var match = Range().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var end = DateReader.Read(match.Groups["b"].Value, year);
        var start = DateReader.Read(match.Groups["a"].Value, end?.Year ?? year);
        return end is null ? null : new TaskDeadline(end, match.Value, DeadlineKind.Range, start, [], source);
    }

    private static TaskDeadline? Due(string text, bool isSlot, int? year, SourceRange source, TaskCadence? cadence)
    {
        var match = isSlot ? AnyDate().Match(text) : DueDate().Match(text);
        if (!match.Success || cadence?.DueDay is not null)
        {
            return null;
        }

        var date = DateReader.Read(match.Groups["date"].Value, year);
        return date is null ? null : new TaskDeadline(date, (isSlot ? text : match.Value).Trim(), DeadlineKind.Due, null, [], source);
    }

    private static TaskDeadline? Undated(string? slot, string text, SourceRange source)
    {
        var words = slot ?? Parenthesised().Match(text) switch { { Success: true } match => match.Groups["slot"].Value, _ => null };
        return words switch
        {
            null => null,
            _ when words.Contains("thường xuyên", StringComparison.OrdinalIgnoreCase) =>
                new TaskDeadline(null, words, DeadlineKind.Continuous, null, [], source),
            _ when words.Contains("theo quy định", StringComparison.OrdinalIgnoreCase) =>
                new TaskDeadline(null, words, DeadlineKind.AsRegulated, null, [], source),
            _ => null,
        };
    }

    private static int? TargetYear(string text)
    {
        var match = Target().Match(text);
        return match.Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"[Tt]hời (?:gian|hạn)(?: thực hiện| hoàn thành| báo cáo)?\s*:\s*(?<slot>[^;()]+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TimeLabel();

    [GeneratedRegex(@"\((?<slot>[^()]*(?:thường xuyên|theo quy định)[^()]*)\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"[đĐ]ợt\s*(?<n>\d+|IV|I{1,3}|một|hai|ba)\b(?<body>[^;]*?" + DateReader.Pattern + @"(?:[^;]*?(?:đến|-)\s*(?:hết\s+)?(?:ngày\s+)?" + DateReader.Pattern + ")?)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Stage();

    [GeneratedRegex(@"[Tt]ừ\s+(?:ngày\s+)?(?<a>" + DateReader.Pattern + @")\s*(?:đến|-|–)\s*(?:hết\s+)?(?:ngày\s+)?(?<b>" + DateReader.Pattern + ")", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Range();

    [GeneratedRegex(@"(?:[Tt]rước|[Cc]hậm nhất|[Hh]ạn chót|[Hh]oàn thành|[Xx]ong|[Tt]rong|[Vv]ào|[Đđ]ến hết)\s+(?:ngày\s+|là\s+|trước\s+ngày\s+|hết\s+ngày\s+)?(?<date>" + DateReader.Pattern + ")", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex DueDate();

    [GeneratedRegex(@"(?<date>" + DateReader.Pattern + ")", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"(?:[Đđ]ến|[Pp]hấn đấu đến|[Tt]rong|[Đđ]ến hết)\s+năm\s+(?<y>\d{4})(?![\d/\-–])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Target();
}
