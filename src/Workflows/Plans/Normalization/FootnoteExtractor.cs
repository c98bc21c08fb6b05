using System.Text.RegularExpressions;
using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Plans.Normalization;

/// <summary>
/// Finds footnote bodies ("(¹) ...", "⁽³⁾ ...", "¹ ...") wherever a page break dropped them, takes them out of the
/// text flow, and takes the markers (¹ ² ³, ⁽³⁾, (¹)) out of the sentences, remembering them on the line.
/// </summary>
internal static partial class FootnoteExtractor
{
    public static (IReadOnlyList<PlanLine> Lines, IReadOnlyList<Footnote> Footnotes) Extract(IEnumerable<PlanLine> lines)
    {
        var kept = new List<PlanLine>();
        var footnotes = new List<Footnote>();
        var markersSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var body = line.IsTableRow ? null : BodyOf(line, markersSeen, footnotes);
            if (body is not null)
            {
                footnotes.Add(body);
                continue;
            }

            var markers = new List<string>();
            var text = line.IsTableRow ? line.Text : Marker().Replace(line.Text, match =>
            {
                markers.Add(Digits(match.Groups["m"].Value));
                return string.Empty;
            });
            markersSeen.UnionWith(markers);
            kept.Add(line with { Text = text.Trim(), FootnoteMarkers = markers });
        }

        return (kept, footnotes);
    }

    private static Footnote? BodyOf(PlanLine line, HashSet<string> markersSeen, List<Footnote> footnotes)
    {
        var match = SuperscriptBody().Match(line.Text);
        if (!match.Success)
        {
            match = DigitBody().Match(line.Text);
            var marker = match.Success ? match.Groups["m"].Value : null;
            if (marker is null || !markersSeen.Contains(marker) || footnotes.Exists(note => note.Marker == marker))
            {
                return null;
            }
        }

        return new Footnote(Digits(match.Groups["m"].Value), match.Groups["body"].Value.Trim(), line.Source);
    }

    private static string Digits(string marker) =>
        string.Concat(marker.Select(character => "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(character) is var digit and >= 0
            ? (char)('0' + digit)
            : character));

    [GeneratedRegex(@"^(?:\((?<m>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\)|⁽(?<m>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾|(?<m>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)(?=\s))\s*(?<body>\S.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex SuperscriptBody();

    [GeneratedRegex(@"^\((?<m>\d{1,2})\)\s+(?<body>\S.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex DigitBody();

    [GeneratedRegex(@"(?<=[^\s\d(⁽])(?:⁽(?<m>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾|\((?<m>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\)|(?<!\b[kcdm]?m)(?<m>[⁰¹²³⁴⁵⁶⁷⁸⁹]+))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Marker();
}
