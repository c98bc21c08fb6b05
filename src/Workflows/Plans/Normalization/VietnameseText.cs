using System.Globalization;
using System.Text;

namespace PlanWorkflows.Workflows.Plans.Normalization;

/// <summary>Vietnamese text helpers: the two tone-mark placements (hoá/hóa, uỷ/ủy) compare equal.</summary>
public static class VietnameseText
{
    private static readonly HashSet<char> ToneMarks = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

    /// <summary>
    /// A comparison key: NFC-equivalent, lower case, with each syllable's tone mark moved to its end, so that
    /// "hoá" and "hóa", "uỷ" and "ủy" give the same key while "hoa" and "hóa" stay apart.
    /// </summary>
    public static string ComparisonKey(string text)
    {
        var key = new StringBuilder(text.Length + 8);
        var tone = default(char?);
        foreach (var character in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (ToneMarks.Contains(character))
            {
                tone = character;
                continue;
            }

            if (!char.IsLetter(character) && CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                AppendTone(key, ref tone);
            }

            key.Append(character);
        }

        AppendTone(key, ref tone);
        return key.ToString();
    }

    /// <summary>Whether two texts are equal up to case and tone-mark placement.</summary>
    public static bool AreEquivalent(string left, string right) =>
        string.Equals(ComparisonKey(left), ComparisonKey(right), StringComparison.Ordinal);

    private static void AppendTone(StringBuilder key, ref char? tone)
    {
        if (tone is not null)
        {
            key.Append(tone.Value);
            tone = null;
        }
    }
}
