using System.Text.RegularExpressions;

namespace PlanWorkflows.Workflows.Plans.Units;

/// <summary>
/// How unit names look in plan text: where a list of units starts a new unit, where it stops (the verb that
/// follows), and which phrases name no unit at all ("các đơn vị liên quan").
/// </summary>
internal static partial class UnitPhrases
{
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "các", "phòng", "ban", "ngành", "đơn", "vị", "địa", "phương", "cơ", "quan", "tổ", "chức", "cá", "nhân",
        "có", "liên", "trên", "bàn", "huyện", "tỉnh", "xã", "cấp", "hữu", "doanh", "nghiệp", "thành", "viên",
        "khác", "và", "đoàn", "thể", "những", "sở", "một", "số", "tập", "thể", "trực", "thuộc",
    };

    /// <summary>Whether <paramref name="text"/> starts like a unit name ("Phòng Y tế", "UBND", "các xã").</summary>
    public static bool StartsLikeUnit(string text) => UnitStart().IsMatch(text);

    /// <summary>Whether the phrase names no particular unit ("các đơn vị liên quan", "phòng, ban, ngành, đơn vị").</summary>
    public static bool IsUnspecific(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(match => match.Value).ToList();
        return words.Count > 0 && (text.Contains("liên quan", StringComparison.OrdinalIgnoreCase) || words.TrueForAll(GenericWords.Contains));
    }

    /// <summary>The leading part of <paramref name="text"/> that can be a list of units: up to the first verb.</summary>
    public static string UpToVerb(string text)
    {
        var stop = Verb().Match(text);
        return (stop.Success ? text[..stop.Index] : text).Trim().TrimEnd(',', ';', ':', '.').Trim();
    }

    /// <summary>Splits a list of units at ';', ',' and 'và' where the next part starts a new unit.</summary>
    public static IReadOnlyList<string> Split(string list)
    {
        var parts = new List<string>();
        foreach (var group in list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var start = 0;
            foreach (Match separator in Separator().Matches(group))
            {
                var next = separator.Index + separator.Length;
                if (StartsLikeUnit(group[next..]) || (IsUnspecific(group[next..]) && separator.Value.Trim() != ","))
                {
                    parts.Add(group[start..separator.Index]);
                    start = next;
                }
            }

            parts.Add(group[start..]);
        }

        return parts.Select(Clean).Where(part => part.Length > 0).ToList();
    }

    /// <summary>Removes a role ("(cơ quan thường trực)", "- cơ quan chủ trì") and edge punctuation from a unit name.</summary>
    public static string Clean(string mention)
    {
        var withoutRole = Role().Replace(mention, string.Empty);
        return withoutRole.Trim().Trim(',', ';', ':', '.', '-', ' ').Trim();
    }

    [GeneratedRegex(@"^(?:(?:các|Các|những)\s+(?:phòng|Phòng|ban|sở|Sở|cơ quan|đơn vị|địa phương|xã|tổ chức|hội|đoàn thể|trường|ngành|thành viên|UBND|Ủy ban|Uỷ ban|doanh nghiệp)|(?:Phòng|Ban|Sở|Trung tâm|Văn phòng|Hội|Đoàn|Bộ|Cục|Chi cục|Kho bạc|Bảo hiểm|Ngân hàng|Bệnh viện|Trường|Đài|Viện|Hạt|Đội|Trạm|Tổ|Chi nhánh|Hội đồng|Thường trực|Chủ tịch|Liên đoàn|Mặt trận|Ủy ban|Uỷ ban|Thanh tra|Công an|Điện lực|Đảng ủy|Đảng uỷ)\s+(?:\p{Lu}|huyện|tỉnh|xã|nhân dân|các)|(?:UBND|HĐND|MTTQ|LĐLĐ|Huyện đoàn|Huyện Đoàn|Tỉnh đoàn|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Thanh tra huyện|Công an huyện)\b|(?:xã|thị trấn|phường)\s+\p{Lu})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex UnitStart();

    [GeneratedRegex(@"(?<!\b(?:các|Các|những))\s+(?:triển khai|thực hiện|tham mưu|xây dựng|tuyên truyền|hướng dẫn|kiểm tra|rà soát|theo dõi|tiếp tục|nhằm|để|tăng cường|đẩy mạnh|chỉ đạo|đôn đốc|tổng hợp|báo cáo|có trách nhiệm|chịu trách nhiệm|chủ động|căn cứ|theo|đảm bảo|bảo đảm|nghiên cứu|phát huy|lồng ghép|vận động|giám sát|quản lý|hỗ trợ|cung cấp|đề xuất|ban hành|được|về việc|tổ chức|thường xuyên|khẩn trương|phối hợp|chủ trì|trong|cho|tại|với|làm|thành lập|trình|lập|bố trí|đề nghị|xem xét|thẩm định|giải quyết|phổ biến|quán triệt|rà|khảo sát|đánh giá)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Verb();

    [GeneratedRegex(@"\s*,\s*|\s+(?:và|cùng|với)\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s*\([^()]*\)|\s+[-–]\s+(?:cơ quan|đơn vị|thường trực|đầu mối|chủ trì|phụ trách|thành viên)[^,;]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Role();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Word();
}
