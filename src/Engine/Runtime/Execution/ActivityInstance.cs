using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>
/// One run of one activity inside a burst (Elsa's activity execution context, minus the behaviour). Running instances
/// are written into <c>WorkflowState.ExecutionState</c> so the next burst, in any process, continues them.
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
}
