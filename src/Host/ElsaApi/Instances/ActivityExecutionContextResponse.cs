using System.Text.Json.Nodes;

namespace PlanWorkflows.Host.ElsaApi.Instances;

/// <summary>
/// Elsa's <c>ActivityExecutionContextState</c>: one running activity of a suspended instance, read from the executor's
/// <c>{"activities": [...]}</c> document.
/// </summary>
internal sealed record ActivityExecutionContextResponse
{
    private const string ActivitiesProperty = "activities";

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

    public static IReadOnlyList<ActivityExecutionContextResponse> Read(JsonObject executionState)
    {
        var activities = (executionState[ActivitiesProperty] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        var nodeIds = activities.Where(activity => Text(activity, "id") is not null)
            .ToDictionary(activity => Text(activity, "id")!, activity => Text(activity, "nodeId"));
        return activities.Select(activity => From(activity, nodeIds)).ToList();
    }

    private static ActivityExecutionContextResponse From(JsonObject activity, Dictionary<string, string?> nodeIds)
    {
        var parentId = Text(activity, "parentId");
        return new ActivityExecutionContextResponse
        {
            Id = Text(activity, "id") ?? string.Empty,
            ParentContextId = parentId,
            ScheduledActivityNodeId = Text(activity, "nodeId") ?? string.Empty,
            OwnerActivityNodeId = parentId is not null ? nodeIds.GetValueOrDefault(parentId) : null,
            ActivityState = activity["activityState"]?.DeepClone() as JsonObject,
            Status = Text(activity, "status"),
            StartedAt = activity["startedAt"]?.GetValue<DateTimeOffset>(),
            CompletedAt = activity["completedAt"]?.GetValue<DateTimeOffset>(),
        };
    }

    private static string? Text(JsonObject activity, string property) => activity[property]?.GetValue<string>();
}
