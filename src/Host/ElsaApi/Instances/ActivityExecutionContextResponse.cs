using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Host.ElsaApi.Instances;

/// <summary>Elsa's <c>ActivityExecutionContextState</c>: one running activity of a suspended instance.</summary>
internal sealed record ActivityExecutionContextResponse
{
    public required string Id { get; init; }
    public string? ParentContextId { get; init; }
    public required string ScheduledActivityNodeId { get; init; }
    public string? OwnerActivityNodeId { get; init; }
    public JsonObject Properties { get; init; } = [];
    public JsonObject? ActivityState { get; init; }
    public string? Status { get; init; }
    public bool IsExecuting { get; init; }
    public int FaultCount { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }

    public static IReadOnlyList<ActivityExecutionContextResponse> Read(ExecutionState executionState)
    {
        var nodeIds = executionState.Activities.ToDictionary(activity => activity.Id, activity => activity.NodeId);
        return executionState.Activities.Select(activity => From(activity, nodeIds)).ToList();
    }

    private static ActivityExecutionContextResponse From(ActivityExecutionContextState activity, Dictionary<string, string> nodeIds) => new()
    {
        Id = activity.Id,
        ParentContextId = activity.ParentId,
        ScheduledActivityNodeId = activity.NodeId,
        OwnerActivityNodeId = activity.ParentId is { } parentId ? nodeIds.GetValueOrDefault(parentId) : null,
        ActivityState = (JsonObject)activity.ActivityState.DeepClone(),
        Status = activity.Status.ToString(),
        StartedAt = activity.StartedAt,
        CompletedAt = activity.CompletedAt,
    };
}
