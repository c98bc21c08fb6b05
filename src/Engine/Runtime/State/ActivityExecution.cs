using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Runtime.State;

/// <summary>One run of one activity (Elsa's <c>ActivityExecutionRecord</c>), from start to completion or fault.</summary>
public sealed record ActivityExecution
{
    public required string Id { get; init; }

    public required string WorkflowInstanceId { get; init; }

    public required string ActivityId { get; init; }

    public required string ActivityNodeId { get; init; }

    public required string ActivityType { get; init; }

    public int ActivityTypeVersion { get; init; } = 1;

    public string? ActivityName { get; init; }

    /// <summary>Running, Completed, Canceled or Faulted, as Elsa's <c>ActivityStatus</c>.</summary>
    public required string Status { get; init; }

    public JsonObject? ActivityState { get; init; }

    public JsonObject? Outputs { get; init; }

    public bool HasBookmarks { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }
}
