using System.Globalization;
using System.Text;
using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>
/// A short, stable, URL-safe key for a plan: its symbol when the document has one ("1583/KH-UBND" → "1583-kh-ubnd"),
/// else the plan's year and a short hash of its issuer and title ("2024-3f0a9c1e").
/// </summary>
public static class PlanKey
{
    public static string Of(Plan plan)
    {
        var document = plan.Document;
        if (!string.IsNullOrWhiteSpace(document.Number))
        {
            return Slug(document.Number);
        }

        var hash = StableId.Of(document.Issuer ?? "", document.Title ?? "")[..8];
        return PlanPeriod.YearOf(plan) is { } year ? $"{year}-{hash}" : hash;
    }

    /// <summary>Lower-case ASCII letters and digits, every other run of characters one hyphen ("II.2" → "ii-2").</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var character in text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var isWordCharacter = char.IsAsciiLetterOrDigit(character);
            if (isWordCharacter)
            {
                slug.Append(char.ToLowerInvariant(character));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
