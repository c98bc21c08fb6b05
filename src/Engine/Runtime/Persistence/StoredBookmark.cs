using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>
/// The indexed mirror of one bookmark in an instance's state: what stimuli are matched against, and for timers the
/// due time and the lease a scheduler holds while it fires it.
/// </summary>
internal sealed class StoredBookmark
{
    public required string Id { get; init; }
    public required string WorkflowInstanceId { get; init; }
    public required string ActivityTypeName { get; init; }
    public required string Hash { get; init; }
    public string? CorrelationId { get; init; }
    public required string ActivityNodeId { get; init; }
    public required string ActivityInstanceId { get; init; }
    public string? Payload { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public string? LeaseOwner { get; init; }
    public DateTimeOffset? LeaseExpiresAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public static StoredBookmark From(Bookmark bookmark) => new()
    {
        Id = bookmark.Id,
        WorkflowInstanceId = bookmark.WorkflowInstanceId,
        ActivityTypeName = bookmark.ActivityTypeName,
        Hash = bookmark.Hash,
        CorrelationId = bookmark.CorrelationId,
        ActivityNodeId = bookmark.ActivityNodeId,
        ActivityInstanceId = bookmark.ActivityInstanceId,
        Payload = RuntimeJson.Write(bookmark.Payload),
        DueAt = bookmark.DueAt,
        CreatedAt = bookmark.CreatedAt,
    };
}
