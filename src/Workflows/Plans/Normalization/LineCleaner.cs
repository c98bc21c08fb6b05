using System.Text;
using System.Text.RegularExpressions;
using PlanWorkflows.Workflows.Plans.Model;
using PlanWorkflows.Workflows.Plans.Reading;

namespace PlanWorkflows.Workflows.Plans.Normalization;

/// <summary>NFC, single spaces, emphasis stars removed ("** Thực hiện: ...*"), blank lines dropped.</summary>
internal static partial class LineCleaner
{
    public static IEnumerable<PlanLine> Clean(IEnumerable<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            var cells = line.Cells?.Select(cell => Clean(cell, keepBreaks: true)).ToList();
            var text = cells is null ? StripEmphasis(Clean(line.Text, keepBreaks: false)) : string.Join(" | ", cells);
            if (text.Trim('|', ' ').Length > 0)
            {
                yield return new PlanLine(text, new SourceRange(line.Number, line.Number), cells, []);
            }
        }
    }

    private static string Clean(string text, bool keepBreaks)
    {
        var normalized = text.Normalize(NormalizationForm.FormC).Replace('\u00A0', ' ').Replace('\u200B', ' ');
        return keepBreaks
            ? string.Join('\n', normalized.Split('\n').Select(part => Spaces().Replace(part, " ").Trim()))
            : Spaces().Replace(normalized, " ").Trim();
    }

    private static string StripEmphasis(string text) =>
        text.EndsWith('*') || text.StartsWith("**", StringComparison.Ordinal)
            ? text.Trim('*', '_', ' ')
            : text;

    [GeneratedRegex(@"[ \t\u3000]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Spaces();
}
