using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Runtime.State;

/// <summary>One line of an instance's journal, shaped as Elsa's <c>WorkflowExecutionLogRecord</c>.</summary>
public sealed record JournalEntry
{
    public required string Id { get; init; }

    public required string WorkflowInstanceId { get; init; }

    public required string ActivityInstanceId { get; init; }

    public string? ParentActivityInstanceId { get; init; }

    public required string ActivityId { get; init; }

    public required string ActivityType { get; init; }

    public int ActivityTypeVersion { get; init; } = 1;

    public string? ActivityName { get; init; }

    public required string NodeId { get; init; }

    public DateTimeOffset Timestamp { get; init; }

    /// <summary>Order within the instance; strictly increasing across bursts.</summary>
    public long Sequence { get; init; }

    /// <summary>Started, Completed, Suspended, Resumed, Faulted, or an activity's own event such as WriteLine.</summary>
    public required string EventName { get; init; }

    public string? Message { get; init; }

    public string? Source { get; init; }

    public JsonObject? Payload { get; init; }
}
