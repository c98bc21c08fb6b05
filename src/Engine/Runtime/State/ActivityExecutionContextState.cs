using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Runtime.State;

/// <summary>One running activity of an instance, as stored between bursts (Elsa's <c>ActivityExecutionContextState</c>).</summary>
public sealed record ActivityExecutionContextState
{
    public required string Id { get; init; }

    /// <summary>The node the activity runs (Elsa's <c>scheduledActivityNodeId</c>).</summary>
    public required string NodeId { get; init; }

    /// <summary>The container (flowchart) context that scheduled this one; null for the workflow's root.</summary>
    public string? ParentId { get; init; }

    public ActivityStatus Status { get; init; } = ActivityStatus.Running;

    public JsonObject ActivityState { get; init; } = [];

    public JsonObject Outputs { get; init; } = [];

    /// <summary>Scheduled through a loop's backward connection, so its visit is not counted again.</summary>
    public bool ViaBackwardConnection { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }
}
