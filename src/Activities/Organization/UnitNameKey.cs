using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanWorkflows.Activities.Organization;

/// <summary>
/// Folds a unit name to a lookup key: abbreviations expanded, accents, case, punctuation and "và" dropped, so
/// "Phòng LĐ-TB&amp;XH" and "Phòng Lao động - Thương binh và Xã hội" give the same key.
/// </summary>
public static partial class UnitNameKey
{
    private static readonly (Regex Pattern, string Expansion)[] Abbreviations =
    [
        (Abbreviation("UBND"), "Ủy ban nhân dân"),
        (Abbreviation("HĐND"), "Hội đồng nhân dân"),
        (Abbreviation("MTTQVN"), "Mặt trận Tổ quốc Việt Nam"),
        (Abbreviation("MTTQ"), "Mặt trận Tổ quốc"),
        (Abbreviation("VN"), "Việt Nam"),
        (Abbreviation("LĐ-TB&XH|LĐTB&XH|LĐ-TBXH|LĐTBXH"), "Lao động Thương binh Xã hội"),
        (Abbreviation("GD&ĐT|GD-ĐT|GDĐT"), "Giáo dục Đào tạo"),
        (Abbreviation("VH-TT|VH&TT|VHTT"), "Văn hóa Thông tin"),
        (Abbreviation("TC-KH|TCKH"), "Tài chính Kế hoạch"),
        (Abbreviation("KT-HT|KTHT"), "Kinh tế Hạ tầng"),
        (Abbreviation("NN&PTNT|NN-PTNT|NNPTNT"), "Nông nghiệp Phát triển nông thôn"),
        (Abbreviation("PTNT"), "Phát triển nông thôn"),
        (Abbreviation("TN&MT|TN-MT|TNMT"), "Tài nguyên Môi trường"),
        (Abbreviation("VHTTDL&TT|VH-TT-DL&TT"), "Văn hóa Thể thao Du lịch Truyền thông"),
        (Abbreviation("LHPN"), "Liên hiệp Phụ nữ"),
        (Abbreviation("CCB"), "Cựu chiến binh"),
        (Abbreviation("LĐLĐ"), "Liên đoàn Lao động"),
        (Abbreviation("HĐND-UBND"), "Hội đồng nhân dân Ủy ban nhân dân"),
    ];

    /// <summary>The lookup key of <paramref name="name"/>.</summary>
    public static string Of(string name)
    {
        var expanded = name.Normalize(NormalizationForm.FormC);
        foreach (var (pattern, expansion) in Abbreviations)
        {
            expanded = pattern.Replace(expanded, " " + expansion + " ");
        }

        var folded = Fold(expanded);
        var key = new StringBuilder(folded.Length);
        foreach (var word in Words().EnumerateMatches(folded))
        {
            var token = folded.AsSpan(word.Index, word.Length);
            if (!token.SequenceEqual("va"))
            {
                key.Append(token);
            }
        }

        return key.ToString();
    }

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(character is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(character));
            }
        }

        return builder.ToString();
    }

    private static Regex Abbreviation(string alternatives) =>
        new($@"(?<![\p{{L}}\d])(?:{alternatives})(?![\p{{L}}\d])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    [GeneratedRegex(@"[\p{L}\d]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Words();
}
