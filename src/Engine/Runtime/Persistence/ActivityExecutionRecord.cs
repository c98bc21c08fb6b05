using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>One stored <see cref="ActivityExecution"/>; a later burst updates the row of an activity it completes.</summary>
internal sealed class ActivityExecutionRecord
{
    public required string Id { get; init; }
    public required string WorkflowInstanceId { get; init; }
    public required string ActivityId { get; init; }
    public required string ActivityNodeId { get; init; }
    public required string ActivityType { get; init; }
    public int ActivityTypeVersion { get; init; }
    public string? ActivityName { get; private set; }
    public string Status { get; private set; } = string.Empty;
    public string? ActivityState { get; private set; }
    public string? Outputs { get; private set; }
    public bool HasBookmarks { get; private set; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public static ActivityExecutionRecord From(ActivityExecution execution)
    {
        var record = new ActivityExecutionRecord
        {
            Id = execution.Id,
            WorkflowInstanceId = execution.WorkflowInstanceId,
            ActivityId = execution.ActivityId,
            ActivityNodeId = execution.ActivityNodeId,
            ActivityType = execution.ActivityType,
            ActivityTypeVersion = execution.ActivityTypeVersion,
            StartedAt = execution.StartedAt,
        };
        record.Update(execution);
        return record;
    }

    public void Update(ActivityExecution execution)
    {
        ActivityName = execution.ActivityName;
        Status = execution.Status;
        ActivityState = RuntimeJson.Write(execution.ActivityState);
        Outputs = RuntimeJson.Write(execution.Outputs);
        HasBookmarks = execution.HasBookmarks;
        CompletedAt = execution.CompletedAt;
    }

    public ActivityExecution ToExecution() => new()
    {
        Id = Id,
        WorkflowInstanceId = WorkflowInstanceId,
        ActivityId = ActivityId,
        ActivityNodeId = ActivityNodeId,
        ActivityType = ActivityType,
        ActivityTypeVersion = ActivityTypeVersion,
        ActivityName = ActivityName,
        Status = Status,
        ActivityState = RuntimeJson.Read(ActivityState) as System.Text.Json.Nodes.JsonObject,
        Outputs = RuntimeJson.Read(Outputs) as System.Text.Json.Nodes.JsonObject,
        HasBookmarks = HasBookmarks,
        StartedAt = StartedAt,
        CompletedAt = CompletedAt,
    };
}
