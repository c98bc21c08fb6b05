using System.Text.RegularExpressions;
using PlanWorkflows.Workflows.Plans.Deadlines;
using PlanWorkflows.Workflows.Plans.Normalization;

namespace PlanWorkflows.Workflows.Plans.Structure;

/// <summary>What the header (letterhead, number, place and date, kind and title) says; absent parts are null.</summary>
internal sealed record DocumentHeader(
    string? Kind,
    string? Number,
    DateOnly? Date,
    string? Place,
    string? Title,
    IReadOnlyList<string> Letterhead,
    int? TitleLine);

/// <summary>
/// Reads the header of a Nghị định 30/2020/NĐ-CP document, also when its two-column table was flattened into
/// "|" lines or its cells come from a .docx table.
/// </summary>
internal static partial class HeaderReader
{
    public static DocumentHeader Read(IReadOnlyList<PlanLine> header)
    {
        var fragments = header.SelectMany(line => (line.Cells ?? [line.Text]).SelectMany(cell => cell.Split('\n'))
            .Select(text => (Text: text.Trim(), Line: line))).Where(fragment => fragment.Text.Any(char.IsLetterOrDigit)).ToList();
        var kindIndex = fragments.FindIndex(fragment => CapsText.IsCaps(fragment.Text) && DocumentPatterns.KindLine().IsMatch(fragment.Text));
        var number = fragments.Select(fragment => DocumentPatterns.NumberLine().Match(fragment.Text)).FirstOrDefault(match => match.Success);
        var placeAndDate = fragments.Select(fragment => DocumentPatterns.PlaceAndDate().Match(fragment.Text)).FirstOrDefault(match => match.Success);
        var kind = kindIndex < 0 ? null : DocumentPatterns.KindLine().Match(fragments[kindIndex].Text);
        return new DocumentHeader(
            kind is null ? null : CapsText.ToNormalCase(kind.Groups["kind"].Value),
            number?.Groups["number"].Value,
            placeAndDate is null ? null : DateReader.Read(placeAndDate.Value[placeAndDate.Value.IndexOf("ngày", StringComparison.Ordinal)..], null),
            placeAndDate?.Groups["place"].Value.Trim(),
            kindIndex < 0 ? null : Title(fragments.Skip(kindIndex).Select(fragment => fragment.Text).ToList(), kind!),
            Letterhead(fragments.Take(kindIndex < 0 ? fragments.Count : kindIndex).Select(fragment => fragment.Text)),
            kindIndex < 0 ? null : fragments[kindIndex].Line.Source.StartLine);
    }

    private static string? Title(IReadOnlyList<string> fromKind, Match kind)
    {
        var parts = new List<string>();
        if (kind.Groups["rest"].Success)
        {
            parts.Add(kind.Groups["rest"].Value);
        }

        var following = fromKind.Skip(1).TakeWhile(text => !CapsText.IsCaps(text) && !text.StartsWith('-')).ToList();
        parts.AddRange(following.Take(1).Where(text => !text.StartsWith("Căn cứ", StringComparison.Ordinal)));
        parts.AddRange(following.Skip(1).TakeWhile(text => !DocumentPatterns.Preamble().IsMatch(text)));
        return parts.Count == 0 ? null : string.Join(' ', parts).Trim();
    }

    private static List<string> Letterhead(IEnumerable<string> beforeKind) =>
        beforeKind.Where(text => CapsText.IsCaps(text) && !DocumentPatterns.Motto().IsMatch(text) && !NotBody().IsMatch(text))
            .Take(3).ToList();

    [GeneratedRegex(@"^(?:SỐ|ĐỘC LẬP|V/V|KHẨN|MẬT|HỎA TỐC|DỰ THẢO)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex NotBody();
}
