namespace PlanWorkflows.Engine.Runtime.Instances.Bursts;

/// <summary>
/// The result of one target: its outcome, the instance status, and the hashes of the bookmarks a committed burst created
/// that have queued stimuli to deliver.
/// </summary>
internal sealed record BurstOutcome(RuntimeOutcome Outcome, InstanceStatus? Instance, IReadOnlyList<string> HashesWithQueuedStimuli)
{
    public static BurstOutcome Without(RuntimeOutcome outcome, WorkflowInstance? instance = null) =>
        new(outcome, instance is null ? null : new InstanceStatus(instance.Id, instance.Status, instance.SubStatus), []);
}
