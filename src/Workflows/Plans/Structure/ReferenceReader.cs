using System.Text.RegularExpressions;
using PlanWorkflows.Workflows.Plans.Deadlines;
using PlanWorkflows.Workflows.Plans.Model;
using PlanWorkflows.Workflows.Plans.Normalization;

namespace PlanWorkflows.Workflows.Plans.Structure;

/// <summary>
/// Finds cited documents anywhere in the plan ("Kế hoạch số 178-KH/HU ngày 23/4/2024 của Ban Thường vụ Huyện ủy
/// Kon Rẫy"), one per number, the first citation completed by later ones, with the aliases the plan defines.
/// </summary>
internal static partial class ReferenceReader
{
    public static IReadOnlyList<PlanReference> Read(IEnumerable<PlanLine> lines, string? ownNumber, Localities localities)
    {
        var references = new List<PlanReference>();
        foreach (var line in lines)
        {
            foreach (Match match in Citation().Matches(line.Text))
            {
                Merge(references, ToReference(match, line, localities), ownNumber);
            }

            foreach (Match alias in Alias().Matches(line.Text))
            {
                var index = references.FindIndex(reference => reference.Number == alias.Groups["number"].Value);
                if (index >= 0 && references[index].Alias is null)
                {
                    references[index] = references[index] with { Alias = alias.Groups["alias"].Value };
                }
            }
        }

        return references;
    }

    private static PlanReference ToReference(Match match, PlanLine line, Localities localities)
    {
        var issuer = match.Groups["issuer"].Success ? localities.Complete(match.Groups["issuer"].Value.Trim()) : null;
        var date = match.Groups["date"].Success ? DateReader.Read(match.Groups["date"].Value, null) : null;
        return new PlanReference(match.Groups["kind"].Value, match.Groups["number"].Value, date, issuer, null, line.Source);
    }

    private static void Merge(List<PlanReference> references, PlanReference found, string? ownNumber)
    {
        if (found.Number == ownNumber)
        {
            return;
        }

        var index = references.FindIndex(reference => string.Equals(reference.Number, found.Number, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            references.Add(found);
            return;
        }

        var known = references[index];
        references[index] = known with { Date = known.Date ?? found.Date, Issuer = known.Issuer ?? found.Issuer };
    }

    [GeneratedRegex(@"(?<kind>" + DocumentPatterns.Kind + @")(?:\s+số)?\s+(?<number>" + DocumentPatterns.Number + @")(?:\s*,?\s*ngày\s+(?<date>\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?(?:\s+(?:của|do)\s+(?<issuer>[^;,.()“”""]+?)(?=\s+(?:triển khai|thực hiện|về|ban hành|hướng dẫn|quy định|phê duyệt|tiếp tục|nhằm|trên|đối với|và|sửa đổi|của|giai đoạn|năm|tại|theo)\b|[;,.()“”""]|$))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Citation();

    [GeneratedRegex(@"\((?:sau đây (?:gọi|viết) tắt là\s+)?(?<alias>(?:" + DocumentPatterns.Kind + @")(?:\s+số)?\s+(?<number>" + DocumentPatterns.Number + @"))\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Alias();
}
