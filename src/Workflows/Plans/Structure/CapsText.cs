using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanWorkflows.Workflows.Plans.Structure;

/// <summary>Letterhead and signature lines are written in capitals; this gives them back their normal case.</summary>
internal static partial class CapsText
{
    public static bool IsCaps(string text) =>
        text.Any(char.IsLetter) && text.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>"ỦY BAN NHÂN DÂN HUYỆN KON RẪY" → "Ủy ban nhân dân huyện Kon Rẫy"; "PHÓ CHỦ TỊCH" → "Phó Chủ tịch".</summary>
    public static string ToNormalCase(string caps)
    {
        var words = caps.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>(words.Length);
        var afterPlace = false;
        foreach (var word in words)
        {
            var lower = word.ToLower(CultureInfo.InvariantCulture);
            var capital = result.Count == 0 || (result.Count == 1 && result[0] == "Phó") || afterPlace;
            result.Add(Abbreviation().IsMatch(word) ? word : capital ? Capitalise(lower) : lower);
            afterPlace |= PlaceWord().IsMatch(lower);
        }

        return string.Join(' ', result);
    }

    /// <summary>"ĐINH THỊ HỒNG THU" → "Đinh Thị Hồng Thu".</summary>
    public static string ToNameCase(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => Capitalise(word.ToLower(CultureInfo.InvariantCulture))));

    private static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex(@"^(?:huyện|tỉnh|xã|phường|quận|trấn|phố|thị xã)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PlaceWord();

    [GeneratedRegex(@"^(?:UBND|HĐND|MTTQ|[BCDĐGHKLMNPQRSTVX]{2,}(?:-[A-Z]+)?)[,.]?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Abbreviation();
}
