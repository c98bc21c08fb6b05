using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>
/// One run of one activity inside a burst (Elsa's activity execution context, minus the behaviour). Running instances
/// are written into <see cref="WorkflowState.ExecutionState"/> so the next burst, in any process, continues them.
/// </summary>
internal sealed class ActivityInstance
{
    public required string Id { get; init; }

    public required string NodeId { get; init; }

    /// <summary>The container (flowchart) instance that scheduled this one; null for the workflow's root.</summary>
    public string? ParentId { get; init; }

    public ActivityStatus Status { get; set; } = ActivityStatus.Running;

    public JsonObject ActivityState { get; init; } = [];

    public JsonObject Outputs { get; init; } = [];

    /// <summary>Scheduled through a loop's backward connection, so its visit is not counted again.</summary>
    public bool ViaBackwardConnection { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Continues a stored activity; its state and outputs are copied, so the burst never changes the state it was given.</summary>
    public static ActivityInstance From(ActivityExecutionContextState stored) => new()
    {
        Id = stored.Id,
        NodeId = stored.NodeId,
        ParentId = stored.ParentId,
        Status = stored.Status,
        ActivityState = (JsonObject)stored.ActivityState.DeepClone(),
        Outputs = (JsonObject)stored.Outputs.DeepClone(),
        ViaBackwardConnection = stored.ViaBackwardConnection,
        StartedAt = stored.StartedAt,
        CompletedAt = stored.CompletedAt,
    };

    /// <summary>The activity as the burst leaves it. Its state and outputs are shared, not copied: the run ends with this call.</summary>
    public ActivityExecutionContextState ToState() => new()
    {
        Id = Id,
        NodeId = NodeId,
        ParentId = ParentId,
        Status = Status,
        ActivityState = ActivityState,
        Outputs = Outputs,
        ViaBackwardConnection = ViaBackwardConnection,
        StartedAt = StartedAt,
        CompletedAt = CompletedAt,
    };
}
