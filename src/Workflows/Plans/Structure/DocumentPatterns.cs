using System.Text.RegularExpressions;

namespace PlanWorkflows.Workflows.Plans.Structure;

/// <summary>Patterns of the administrative document form (Nghị định 30/2020/NĐ-CP) shared by the structure readers.</summary>
internal static partial class DocumentPatterns
{
    /// <summary>A document symbol: "1583/KH-UBND", "178-KH/HU", "830/QĐ-TTg", "30/2020/NĐ-CP".</summary>
    public const string Number = @"\d{1,6}[a-zA-Z]?(?:/\d{4})?(?:[/\-][\p{Lu}Đ][\p{L}\d&]*)+";

    /// <summary>Document kinds as they are cited in running text.</summary>
    public const string Kind =
        "Kế hoạch|Quyết định|Chỉ thị|Nghị quyết|Nghị định|Thông tư liên tịch|Thông tư|Luật|Văn bản|Công văn|Thông báo|Hướng dẫn|Kết luận|Công điện|Chương trình|Đề án|Báo cáo|Tờ trình|Quy định|Quy chế";

    /// <summary>Document kinds as they are written, in capitals, above a title.</summary>
    [GeneratedRegex(@"^(?<kind>KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|NGHỊ QUYẾT|THÔNG BÁO|CHƯƠNG TRÌNH|HƯỚNG DẪN|BÁO CÁO|ĐỀ ÁN|CÔNG VĂN|QUY CHẾ|QUY ĐỊNH|CÔNG ĐIỆN|TỜ TRÌNH)(?:\s+(?<rest>.+))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    public static partial Regex KindLine();

    [GeneratedRegex(@"Số\s*:\s*(?<number>" + Number + ")", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    public static partial Regex NumberLine();

    [GeneratedRegex(@"(?:^|\|\s*)(?<place>[\p{L} .]+?),\s*ngày\s+(?<d>\d{1,2}|[.…]+)\s+tháng\s+(?<m>\d{1,2}|[.…]+)\s+năm\s+(?<y>\d{4})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    public static partial Regex PlaceAndDate();

    [GeneratedRegex(@"^(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|Độc lập|ĐỘC LẬP)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    public static partial Regex Motto();

    [GeneratedRegex(@"^(?<capacity>(?:TM|KT|TL|TUQ|Q|T/M|K/T)\.?\s+.+)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    public static partial Regex SignatureCapacity();

    [GeneratedRegex(@"^Nơi nhận\s*:?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    public static partial Regex RecipientsHeading();

    [GeneratedRegex(@"^(?:Căn cứ|Thực hiện|Xét đề nghị|Theo đề nghị)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    public static partial Regex Preamble();
}
