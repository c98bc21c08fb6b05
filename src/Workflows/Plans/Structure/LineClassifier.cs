using System.Text.RegularExpressions;
using PlanWorkflows.Workflows.Plans.Normalization;

namespace PlanWorkflows.Workflows.Plans.Structure;

/// <summary>Classifies body lines by their form. Heading level comes from the heading (capitals), not its numbering.</summary>
internal static partial class LineClassifier
{
    public static ClassifiedLine Classify(PlanLine line)
    {
        if (line.IsTableRow)
        {
            return new ClassifiedLine(LineKind.TableRow, string.Empty, line.Text, line);
        }

        var text = line.Text;
        return Match(Roman(), text, LineKind.TopHeading, line)
            ?? Match(Part(), text, LineKind.TopHeading, line)
            ?? Match(Article(), text, LineKind.TopHeading, line)
            ?? FieldOf(text, line)
            ?? Numbered(text, line)
            ?? Match(Lettered(), text, LineKind.LetteredItem, line)
            ?? Match(Bullet(), text, LineKind.Bullet, line)
            ?? Match(AssignmentLabel(), text, LineKind.Assignment, line)
            ?? new ClassifiedLine(LineKind.Paragraph, string.Empty, text, line);
    }

    private static ClassifiedLine? Numbered(string text, PlanLine line)
    {
        var match = Number().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var content = match.Groups["text"].Value;
        var heading = CapsText.IsCaps(content.Split(':')[0]) && content.Length > 3 ? LineKind.TopHeading : LineKind.NumberedHeading;
        return new ClassifiedLine(heading, match.Groups["label"].Value, content, line);
    }

    private static ClassifiedLine? FieldOf(string text, PlanLine line)
    {
        var match = TaskField().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var field = match.Groups["lead"].Success ? TaskFields.Lead : match.Groups["coordinating"].Success ? TaskFields.Coordinating : TaskFields.Time;
        return new ClassifiedLine(LineKind.Field, field, match.Groups["text"].Value.Trim().TrimEnd('.', ';'), line);
    }

    private static ClassifiedLine? Match(Regex pattern, string text, LineKind kind, PlanLine line)
    {
        var match = pattern.Match(text);
        return match.Success ? new ClassifiedLine(kind, match.Groups["label"].Value, match.Groups["text"].Value.Trim(), line) : null;
    }

    [GeneratedRegex(@"^(?:[-+*•]\s*)?(?:(?<lead>(?:Cơ quan|Đơn vị)\s+(?:chủ trì|thực hiện)|Chủ trì)|(?<coordinating>(?:Cơ quan|Đơn vị)\s+phối hợp|Phối hợp)|(?<time>Thời gian(?: thực hiện| hoàn thành)?|Thời hạn(?: hoàn thành)?|Tiến độ(?: thực hiện)?))\s*:\s*(?<text>\S.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TaskField();

    [GeneratedRegex(@"^(?<label>(?=[IVX])(?:X{0,3})(?:IX|IV|V?I{0,3}))[\.\)/]\s*(?<text>\S.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?<label>(?:PHẦN|Phần)\s+(?:[IVX]+|\d+|thứ \p{L}+))[\.:]?\s*(?<text>.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Part();

    [GeneratedRegex(@"^(?<label>Điều\s+\d+)\s*[\.:]\s*(?<text>.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Article();

    [GeneratedRegex(@"^(?<label>\d{1,2}(?:\.\d{1,2}){0,3})(?:[\.\)](?!\d)\s*|(?<=\.\d{1,2})\s+)(?<text>\S.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?<label>[a-zđ])[\)\.]\s+(?<text>\S.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Lettered();

    [GeneratedRegex(@"^(?<label>[-–—+*•·●○▪■◦])\s*(?<text>\S.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\(?(?<label>(?:Đơn vị |Cơ quan |Trách nhiệm |Phân công |Giao )?thực hiện|Thực hiện)\s*:\s*(?<text>.+?)\)?\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex AssignmentLabel();
}
