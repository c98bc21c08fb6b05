using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>Checks a <c>versionOptions</c> query value; empty is allowed (Studio sends <c>versionOptions=</c>).</summary>
internal static class VersionOptionsText
{
    public static IEnumerable<string> Validate(string? text)
    {
        if (!VersionOptions.TryParse(text, out _))
        {
            yield return $"versionOptions '{text}' is not a version option: use Latest, Published, LatestOrPublished, LatestAndPublished, Draft, AllVersions or a version number.";
        }
    }
}
