using System.Globalization;
using System.Text.Json.Serialization;

namespace PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

/// <summary>
/// Selects versions of a workflow definition, written as Elsa writes it: <c>Latest</c>, <c>Published</c>,
/// <c>LatestOrPublished</c>, <c>LatestAndPublished</c>, <c>Draft</c>, <c>AllVersions</c> or a version number.
/// The default value selects every version.
/// </summary>
[JsonConverter(typeof(VersionOptionsJsonConverter))]
public readonly record struct VersionOptions
{
    private VersionOptions(VersionSelection selection, int version = 0)
    {
        Selection = selection;
        Version = version;
    }

    public static VersionOptions AllVersions { get; } = new(VersionSelection.AllVersions);
    public static VersionOptions Latest { get; } = new(VersionSelection.Latest);
    public static VersionOptions Published { get; } = new(VersionSelection.Published);
    public static VersionOptions LatestOrPublished { get; } = new(VersionSelection.LatestOrPublished);
    public static VersionOptions LatestAndPublished { get; } = new(VersionSelection.LatestAndPublished);
    public static VersionOptions Draft { get; } = new(VersionSelection.Draft);

    public VersionSelection Selection { get; }

    /// <summary>The version number when <see cref="Selection"/> is <see cref="VersionSelection.SpecificVersion"/>, else 0.</summary>
    public int Version { get; }

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is not positive.</exception>
    public static VersionOptions SpecificVersion(int version)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        return new VersionOptions(VersionSelection.SpecificVersion, version);
    }

    /// <summary>Parses Elsa's spelling; a null, empty or blank text selects every version (Studio sends <c>versionOptions=</c>).</summary>
    /// <exception cref="FormatException">The text is neither a selection name nor a positive version number.</exception>
    public static VersionOptions Parse(string? text) =>
        TryParse(text, out var options)
            ? options
            : throw new FormatException($"'{text}' is not a version option: use a positive version number or one of {string.Join(", ", NamedSelections)}.");

    public static bool TryParse(string? text, out VersionOptions options)
    {
        options = AllVersions;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var trimmed = text.Trim();
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0)
        {
            options = SpecificVersion(version);
            return true;
        }

        return TryParseName(trimmed, out options);
    }

    public override string ToString() =>
        Selection == VersionSelection.SpecificVersion ? Version.ToString(CultureInfo.InvariantCulture) : Selection.ToString();

    private static IEnumerable<string> NamedSelections =>
        Enum.GetNames<VersionSelection>().Where(name => name != nameof(VersionSelection.SpecificVersion));

    private static bool TryParseName(string name, out VersionOptions options)
    {
        var known = NamedSelections.Contains(name, StringComparer.Ordinal);
        options = known ? new VersionOptions(Enum.Parse<VersionSelection>(name)) : AllVersions;
        return known;
    }
}
