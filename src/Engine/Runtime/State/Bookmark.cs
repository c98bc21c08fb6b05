using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Runtime.State;

/// <summary>
/// A point where an instance waits for a stimulus. <see cref="Hash"/> is Elsa's stimulus hash (SHA-256 of
/// <c>activityType|payload JSON</c>), the key a stimulus is matched by; a timer is a bookmark with <see cref="DueAt"/>.
/// </summary>
public sealed record Bookmark
{
    public required string Id { get; init; }

    public required string WorkflowInstanceId { get; init; }

    /// <summary>The activity type that created it (Elsa's <c>name</c> of a bookmark), e.g. <c>Elsa.Event</c>.</summary>
    public required string ActivityTypeName { get; init; }

    public required string Hash { get; init; }

    public JsonNode? Payload { get; init; }

    public required string ActivityId { get; init; }

    public required string ActivityNodeId { get; init; }

    public required string ActivityInstanceId { get; init; }

    public string? CorrelationId { get; init; }

    /// <summary>When set, the timer scheduler resumes the bookmark at this instant.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>The activity method to call on resumption; null resumes the activity's default handler.</summary>
    public string? CallbackMethodName { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
