using System.Text.RegularExpressions;
using PlanWorkflows.Activities.Organization;
using PlanWorkflows.Workflows.Plans.Diagnostics;
using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Plans.Units;

/// <summary>Turns unit mentions as written into <see cref="UnitMention"/>s resolved against the directory.</summary>
internal sealed partial class MentionResolver(IOrganizationDirectory directory, DateOnly? planDate, DiagnosticBag diagnostics)
{
    public IReadOnlyList<UnitMention> ResolveList(string list, SourceRange source) =>
        UnitPhrases.Split(list).Select(text => Resolve(text, source)).ToList();

    public UnitMention Resolve(string text, SourceRange source)
    {
        var resolution = Lookup(text);
        if (resolution is not null)
        {
            return resolution.GroupId is null
                ? new UnitMention(text, resolution.UnitIds[0], null, resolution.UnitIds, MentionResolution.Unit, source)
                : new UnitMention(text, null, resolution.GroupId, resolution.UnitIds, MentionResolution.Group, source);
        }

        if (UnitPhrases.IsUnspecific(text))
        {
            diagnostics.Warning(DiagnosticCodes.UnitUnspecific, $"\"{text}\" names no particular unit: kept as text", source.StartLine);
            return new UnitMention(text, null, null, [], MentionResolution.Unspecific, source);
        }

        diagnostics.Warning(DiagnosticCodes.UnitUnresolved, $"\"{text}\" is not in the organization directory", source.StartLine);
        return new UnitMention(text, null, null, [], MentionResolution.Unresolved, source);
    }

    /// <summary>Whether the text is a unit, a group, or an unspecific set of units (a heading naming who acts).</summary>
    public bool IsUnitList(string text)
    {
        var parts = UnitPhrases.Split(text);
        return parts.Count > 0 && text.Length < 200
            && parts.All(part => Lookup(part) is not null || UnitPhrases.IsUnspecific(part) || LooksLikeUnknownUnit(part));
    }

    /// <summary>Whether every part of the list is a unit or group the directory knows.</summary>
    public bool IsKnownUnitList(string text)
    {
        var parts = UnitPhrases.Split(text);
        return parts.Count > 0 && parts.All(part => Lookup(part) is not null);
    }

    private static bool LooksLikeUnknownUnit(string part) =>
        UnitPhrases.StartsLikeUnit(part) && !part.Contains(':', StringComparison.Ordinal) && part.Split(' ').Length <= 12
        && UnitPhrases.UpToVerb(part).Length == part.Length;

    private UnitResolution? Lookup(string text)
    {
        var resolution = directory.Resolve(text, planDate);
        if (resolution is not null)
        {
            return resolution;
        }

        var withoutLocality = Locality().Replace(text, string.Empty);
        return withoutLocality.Length < text.Length && withoutLocality.Length > 0 ? directory.Resolve(withoutLocality, planDate) : null;
    }

    [GeneratedRegex(@"\s+(?:trên địa bàn (?:huyện|tỉnh|xã)|thuộc (?:huyện|tỉnh)|huyện|tỉnh)(?:\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Locality();
}
