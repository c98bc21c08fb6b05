using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Engine.Tests.Persistence.WorkflowDefinitions;

/// <summary>Elsa's versioning invariants, checked per definition.</summary>
internal static class VersionInvariants
{
    public static void ShouldHold(IEnumerable<WorkflowDefinitionVersion> rows)
    {
        foreach (var versions in rows.GroupBy(row => row.DefinitionId))
        {
            var latest = versions.Where(row => row.IsLatest).ToList();
            latest.Should().ContainSingle($"definition {versions.Key} has exactly one latest version");
            latest[0].Version.Should().Be(versions.Max(row => row.Version), "the latest version is the highest");
            versions.Count(row => row.IsPublished).Should().BeLessThanOrEqualTo(1, "at most one version is published");
            versions.Select(row => row.Version).Should().OnlyHaveUniqueItems();
        }
    }
}
