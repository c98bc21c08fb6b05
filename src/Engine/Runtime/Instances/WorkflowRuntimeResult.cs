using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Instances;

/// <summary>What a runtime call did, and the status of each instance it ran a burst on.</summary>
public sealed record WorkflowRuntimeResult(RuntimeOutcome Outcome, IReadOnlyList<InstanceStatus> Instances)
{
    public static WorkflowRuntimeResult Nothing(RuntimeOutcome outcome) => new(outcome, []);
}

/// <summary>An instance's status after a runtime call.</summary>
public sealed record InstanceStatus(string WorkflowInstanceId, WorkflowStatus Status, WorkflowSubStatus SubStatus);

public enum RuntimeOutcome
{
    /// <summary>A new instance ran its first burst.</summary>
    Started,

    /// <summary>At least one bookmark was resumed.</summary>
    Resumed,

    Cancelled,

    /// <summary>No bookmark matched: the stimulus waits in the queue until one does or it expires.</summary>
    Queued,

    /// <summary>The idempotency key (or the start's instance id) was applied before; nothing changed.</summary>
    Duplicate,

    /// <summary>The definition, instance or bookmark does not exist (or the instance has finished).</summary>
    NotFound,
}
