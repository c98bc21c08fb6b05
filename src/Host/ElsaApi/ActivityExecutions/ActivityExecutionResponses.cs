using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.Instances.Queries;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Host.ElsaApi.ActivityExecutions;

/// <summary>Elsa's <c>ActivityExecutionRecord</c>: one run of one activity with its state and outputs.</summary>
internal sealed record ActivityExecutionRecordResponse
{
    public required string Id { get; init; }
    public required string WorkflowInstanceId { get; init; }
    public required string ActivityId { get; init; }
    public required string ActivityNodeId { get; init; }
    public required string ActivityType { get; init; }
    public int ActivityTypeVersion { get; init; }
    public string? ActivityName { get; init; }
    public JsonObject? ActivityState { get; init; }
    public JsonObject? Outputs { get; init; }
    public JsonObject Properties { get; init; } = [];
    public JsonObject Metadata { get; init; } = [];
    public DateTimeOffset StartedAt { get; init; }
    public bool HasBookmarks { get; init; }
    public required string Status { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }

    public static ActivityExecutionRecordResponse From(ActivityExecution execution) => new()
    {
        Id = execution.Id,
        WorkflowInstanceId = execution.WorkflowInstanceId,
        ActivityId = execution.ActivityId,
        ActivityNodeId = execution.ActivityNodeId,
        ActivityType = execution.ActivityType,
        ActivityTypeVersion = execution.ActivityTypeVersion,
        ActivityName = execution.ActivityName,
        ActivityState = execution.ActivityState,
        Outputs = execution.Outputs,
        StartedAt = execution.StartedAt,
        HasBookmarks = execution.HasBookmarks,
        Status = execution.Status,
        CompletedAt = execution.CompletedAt,
    };
}

/// <summary>Elsa's <c>ActivityExecutionRecordSummary</c>: the record without its state and outputs.</summary>
internal sealed record ActivityExecutionSummary(
    string Id,
    string WorkflowInstanceId,
    string ActivityId,
    string ActivityNodeId,
    string ActivityType,
    int ActivityTypeVersion,
    string? ActivityName,
    DateTimeOffset StartedAt,
    bool HasBookmarks,
    JsonObject Metadata,
    string Status,
    DateTimeOffset? CompletedAt)
{
    public static ActivityExecutionSummary From(ActivityExecution execution) => new(
        execution.Id,
        execution.WorkflowInstanceId,
        execution.ActivityId,
        execution.ActivityNodeId,
        execution.ActivityType,
        execution.ActivityTypeVersion,
        execution.ActivityName,
        execution.StartedAt,
        execution.HasBookmarks,
        [],
        execution.Status,
        execution.CompletedAt);
}

/// <summary>One node's counts in the execution report; the viewer colours nodes by them.</summary>
internal sealed record ActivityExecutionStatsResponse(
    string ActivityId,
    string ActivityNodeId,
    int StartedCount,
    int CompletedCount,
    int UncompletedCount,
    bool IsBlocked,
    bool IsFaulted,
    JsonObject Metadata)
{
    public static ActivityExecutionStatsResponse From(ActivityExecutionStats stats) => new(
        stats.ActivityId,
        stats.ActivityNodeId,
        stats.StartedCount,
        stats.CompletedCount,
        stats.UncompletedCount,
        stats.IsBlocked,
        stats.IsFaulted,
        []);
}

/// <summary>The activity-execution query string Studio sends (Refit's PascalCase keys).</summary>
internal sealed record ActivityExecutionFilter(string? WorkflowInstanceId, string? ActivityNodeId);
