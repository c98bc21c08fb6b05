using System.Text.RegularExpressions;
using PlanWorkflows.Workflows.Plans.Model;
using PlanWorkflows.Workflows.Plans.Normalization;

namespace PlanWorkflows.Workflows.Plans.Structure;

/// <summary>Reads "Nơi nhận" (recipients with their tags) and the signature block (TM./KT./TL., title, name).</summary>
internal static partial class DocumentTail
{
    public static IReadOnlyList<Recipient> Recipients(IReadOnlyList<PlanLine> lines)
    {
        var start = lines.ToList().FindLastIndex(line => DocumentPatterns.RecipientsHeading().IsMatch(line.Text));
        if (start < 0)
        {
            return [];
        }

        var heading = lines[start].Cells?.FirstOrDefault(cell => DocumentPatterns.RecipientsHeading().IsMatch(cell)) ?? lines[start].Text;
        var first = DocumentPatterns.RecipientsHeading().Replace(heading, string.Empty).Trim();
        return lines.Skip(start + 1).Where(line => !line.IsTableRow).Select(line => line.Text).Prepend(first)
            .SelectMany(text => text.Split('\n'))
            .Where(text => text.StartsWith('-') || text.StartsWith('+') || text.StartsWith("Lưu", StringComparison.Ordinal))
            .Select(ToRecipient)
            .ToList();
    }

    public static Signer? Signer(IReadOnlyList<PlanLine> lines)
    {
        var texts = lines.SelectMany(line => (line.Cells ?? [line.Text]).SelectMany(cell => cell.Split('\n'))).Select(text => text.Trim()).ToList();
        var start = texts.FindLastIndex(text => DocumentPatterns.SignatureCapacity().IsMatch(text) && CapsText.IsCaps(text));
        while (start > 0 && DocumentPatterns.SignatureCapacity().IsMatch(texts[start - 1]))
        {
            start--;
        }

        start = start >= 0 ? start : texts.FindLastIndex(text => CapsText.IsCaps(text) && SignerTitle().IsMatch(text));
        if (start < 0)
        {
            return null;
        }

        var block = texts.Skip(start).Where(text => text.Length > 0).ToList();
        var capacity = block.TakeWhile(text => DocumentPatterns.SignatureCapacity().IsMatch(text)).ToList();
        var titles = block.Skip(capacity.Count).TakeWhile(text => CapsText.IsCaps(text) && TitleWord().IsMatch(text)).ToList();
        var name = block.Skip(capacity.Count + titles.Count).FirstOrDefault(text => PersonName().IsMatch(text));
        var title = titles.Count > 0 ? titles[^1] : capacity.Count > 0 ? TitleOf(capacity[^1]) : null;
        return new Signer(name is null ? null : CapsText.ToNameCase(name), title is null ? null : CapsText.ToNormalCase(title),
            capacity.Count == 0 ? null : string.Join("; ", capacity));
    }

    private static string TitleOf(string capacity) => SignatureVerb().Replace(capacity, string.Empty).Trim();

    private static Recipient ToRecipient(string text)
    {
        var clean = text.TrimStart('-', '+', ' ').TrimEnd(';', '.', ',', ' ');
        var tag = Tag().Match(clean);
        return tag.Success
            ? new Recipient(clean[..tag.Index].Trim(), tag.Groups["tag"].Value)
            : new Recipient(clean, null);
    }

    [GeneratedRegex(@"\s*\((?<tag>b/c|đ/b|biết|t/h|th/h|p/h|để biết|để b/c|thực hiện|chỉ đạo|báo cáo|phối hợp)\)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"^(?:TM|KT|TL|TUQ|Q|T/M|K/T)\.?\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex SignatureVerb();

    [GeneratedRegex(@"(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG (?:PHÒNG|BAN)|BÍ THƯ|CHÁNH VĂN PHÒNG)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex SignerTitle();

    [GeneratedRegex(@"CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|BÍ THƯ|CHÁNH|PHÓ|ỦY VIÊN|UỶ VIÊN|THƯỜNG TRỰC", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TitleWord();

    [GeneratedRegex(@"^\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){1,5}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PersonName();
}
