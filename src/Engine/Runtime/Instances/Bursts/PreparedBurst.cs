using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Instances.Bursts;

/// <summary>
/// A burst ready to run: the instance row (as read, or new for a start), its state, the data revision of the
/// definition version it runs (null when that version is gone), the trigger, what the call reports when the burst
/// commits, and the receipts the commit writes with it.
/// </summary>
internal sealed record PreparedBurst(
    WorkflowInstance Instance, WorkflowState State, long? DefinitionRevision, BurstTrigger Trigger, RuntimeOutcome Outcome)
{
    /// <summary>Stored as an applied stimulus of the instance, so the same key never runs a second burst.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The queued stimulus this burst delivers; it leaves the queue in the same transaction.</summary>
    public string? QueuedStimulusId { get; init; }
}
