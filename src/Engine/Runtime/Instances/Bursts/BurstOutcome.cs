using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Instances.Bursts;

/// <summary>The result of one target: its outcome, the instance status, and the bookmarks a committed burst created.</summary>
internal sealed record BurstOutcome(RuntimeOutcome Outcome, InstanceStatus? Instance, IReadOnlyList<Bookmark> CreatedBookmarks)
{
    public static BurstOutcome Without(RuntimeOutcome outcome, WorkflowInstance? instance = null) =>
        new(outcome, instance is null ? null : new InstanceStatus(instance.Id, instance.Status, instance.SubStatus), []);
}
