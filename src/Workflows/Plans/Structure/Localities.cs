using System.Text.RegularExpressions;

namespace PlanWorkflows.Workflows.Plans.Structure;

/// <summary>
/// The place names a plan writes after "huyện", "tỉnh", "xã" (the most frequent of each), used to complete
/// "UBND tỉnh" into "UBND tỉnh Kon Tum" where the plan itself names the province.
/// </summary>
internal sealed partial class Localities
{
    private readonly Dictionary<string, string> namesByLevel;

    public Localities(IEnumerable<string> texts)
    {
        namesByLevel = texts.SelectMany(text => Place().Matches(text))
            .GroupBy(match => match.Groups["level"].Value, StringComparer.Ordinal)
            .ToDictionary(
                level => level.Key,
                level => level.GroupBy(match => match.Groups["name"].Value, StringComparer.Ordinal).OrderByDescending(name => name.Count()).First().Key,
                StringComparer.Ordinal);
    }

    public string? NameOf(string level) => namesByLevel.GetValueOrDefault(level);

    /// <summary>"Ủy ban nhân dân tỉnh" → "Ủy ban nhân dân tỉnh Kon Tum" when the plan names the province.</summary>
    public string Complete(string body)
    {
        var match = BareLevel().Match(body);
        return match.Success && NameOf(match.Groups["level"].Value) is { } name ? $"{body} {name}" : body;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?<level>huyện|tỉnh|xã|thị trấn|thành phố|thị xã)\s+(?<name>\p{Lu}[\p{Ll}]*(?:\s+\p{Lu}[\p{Ll}]*){0,3})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Place();

    [GeneratedRegex(@"\s(?<level>huyện|tỉnh|xã|thị trấn|thành phố|thị xã)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex BareLevel();
}
