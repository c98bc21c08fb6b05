using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>One stored <see cref="JournalEntry"/>.</summary>
internal sealed class JournalRecord
{
    public required string Id { get; init; }
    public required string WorkflowInstanceId { get; init; }
    public required string ActivityInstanceId { get; init; }
    public string? ParentActivityInstanceId { get; init; }
    public required string ActivityId { get; init; }
    public required string ActivityType { get; init; }
    public int ActivityTypeVersion { get; init; }
    public string? ActivityName { get; init; }
    public required string NodeId { get; init; }
    public DateTimeOffset Timestamp { get; init; }
    public long Sequence { get; init; }
    public required string EventName { get; init; }
    public string? Message { get; init; }
    public string? Source { get; init; }
    public string? Payload { get; init; }

    public static JournalRecord From(JournalEntry entry) => new()
    {
        Id = entry.Id,
        WorkflowInstanceId = entry.WorkflowInstanceId,
        ActivityInstanceId = entry.ActivityInstanceId,
        ParentActivityInstanceId = entry.ParentActivityInstanceId,
        ActivityId = entry.ActivityId,
        ActivityType = entry.ActivityType,
        ActivityTypeVersion = entry.ActivityTypeVersion,
        ActivityName = entry.ActivityName,
        NodeId = entry.NodeId,
        Timestamp = entry.Timestamp,
        Sequence = entry.Sequence,
        EventName = entry.EventName,
        Message = entry.Message,
        Source = entry.Source,
        Payload = RuntimeJson.Write(entry.Payload),
    };

    public JournalEntry ToEntry() => new()
    {
        Id = Id,
        WorkflowInstanceId = WorkflowInstanceId,
        ActivityInstanceId = ActivityInstanceId,
        ParentActivityInstanceId = ParentActivityInstanceId,
        ActivityId = ActivityId,
        ActivityType = ActivityType,
        ActivityTypeVersion = ActivityTypeVersion,
        ActivityName = ActivityName,
        NodeId = NodeId,
        Timestamp = Timestamp,
        Sequence = Sequence,
        EventName = EventName,
        Message = Message,
        Source = Source,
        Payload = RuntimeJson.Read(Payload) as System.Text.Json.Nodes.JsonObject,
    };
}
