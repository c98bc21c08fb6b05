using System.Text.RegularExpressions;

namespace PlanWorkflows.Workflows.Plans.Normalization;

/// <summary>
/// Re-joins sentences that a page break (or a hard line wrap) split: a line that starts in lower case and is not a
/// list item continues the previous line unless that line ended a sentence or introduced a list.
/// </summary>
internal static partial class PageBreakJoiner
{
    public static IReadOnlyList<PlanLine> Join(IReadOnlyList<PlanLine> lines)
    {
        var joined = new List<PlanLine>(lines.Count);
        foreach (var line in lines)
        {
            if (joined.Count > 0 && Continues(joined[^1], line))
            {
                joined[^1] = joined[^1].Join(line);
            }
            else
            {
                joined.Add(line);
            }
        }

        return joined;
    }

    private static bool Continues(PlanLine previous, PlanLine line) =>
        !previous.IsTableRow && !line.IsTableRow
        && line.Text.Length > 0 && char.IsLower(line.Text[0])
        && !ListItem().IsMatch(line.Text)
        && !previous.Text.EndsWith('.') && !previous.Text.EndsWith(':') && !previous.Text.EndsWith('!')
        && !previous.Text.EndsWith('?');

    [GeneratedRegex(@"^[a-zđ][\)\.]\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ListItem();
}
