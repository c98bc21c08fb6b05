using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>Checks a <c>versionOptions</c> query value; empty is allowed (Studio sends <c>versionOptions=</c>).</summary>
internal static class VersionOptionsText
{
    /// <summary>For a single definition Elsa reads an absent option as <c>Latest</c>.</summary>
    public static VersionOptions ParseOrLatest(string? text) =>
        string.IsNullOrWhiteSpace(text) ? VersionOptions.Latest : VersionOptions.Parse(text);

    public static IEnumerable<string> Validate(string? text)
    {
        if (!VersionOptions.TryParse(text, out _))
        {
            yield return $"versionOptions '{text}' is not a version option: use Latest, Published, LatestOrPublished, LatestAndPublished, Draft, AllVersions or a version number.";
        }
    }
}
