using System.Text.RegularExpressions;

namespace PlanWorkflows.Workflows.Plans.Structure;

/// <summary>The columns of a task table, found from its header row (Nội dung / Cơ quan chủ trì / Phối hợp / Thời gian).</summary>
internal sealed partial record TableColumns(int? Number, int Content, int Lead, int? Coordinating, int? Time)
{
    public static TableColumns? FromHeader(IReadOnlyList<string> cells)
    {
        int? Find(Regex pattern) => cells.Select((cell, index) => (cell, index))
            .Where(pair => pattern.IsMatch(pair.cell)).Select(pair => (int?)pair.index).FirstOrDefault();

        var lead = Find(LeadHeader());
        var content = Find(ContentHeader());
        return lead is null || content is null || lead == content
            ? null
            : new TableColumns(Find(NumberHeader()), content.Value, lead.Value, Find(CoordinatingHeader()), Find(TimeHeader()));
    }

    public static string? Cell(IReadOnlyList<string> cells, int? index) =>
        index is { } position && position < cells.Count && cells[position].Trim().Length > 0 ? cells[position].Replace('\n', ' ').Trim() : null;

    [GeneratedRegex(@"^(?!.*(?:thời gian|thời hạn|nội dung|nhiệm vụ)).*(?:chủ trì|thực hiện|phụ trách)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex LeadHeader();

    [GeneratedRegex(@"nội dung|nhiệm vụ|công việc|hoạt động|giải pháp", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ContentHeader();

    [GeneratedRegex(@"^(?:stt|tt|số tt|số thứ tự)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex NumberHeader();

    [GeneratedRegex(@"phối hợp", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex CoordinatingHeader();

    [GeneratedRegex(@"thời gian|thời hạn|tiến độ", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TimeHeader();
}
