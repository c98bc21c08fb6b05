using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>
/// The executor's part of the workflow state: <c>{"activities": [...running activity instances...]}</c>. A burst
/// always empties its queue, so running instances (suspended activities and their containers, with the flowchart
/// counters and flowchart variables in their activity state) are all a later burst needs. Instances are mapped to and
/// from JSON nodes by hand: the state already holds them as nodes, and a serializer round trip per burst costs more.
/// </summary>
internal static class ExecutionStateDocument
{
    private const string ActivitiesProperty = "activities";

    public static List<ActivityInstance> Read(JsonObject executionState) =>
        executionState[ActivitiesProperty] is JsonArray activities
            ? [.. activities.Select(activity => ReadInstance(activity!.AsObject()))]
            : [];

    public static JsonObject Write(IEnumerable<ActivityInstance> instances) => new()
    {
        [ActivitiesProperty] = new JsonArray([.. instances.Select(WriteInstance)]),
    };

    private static ActivityInstance ReadInstance(JsonObject activity) => new()
    {
        Id = (string)activity["id"]!,
        NodeId = (string)activity["nodeId"]!,
        ParentId = (string?)activity["parentId"],
        Status = Enum.Parse<ActivityStatus>((string)activity["status"]!),
        ActivityState = CopyOf(activity["activityState"]),
        Outputs = CopyOf(activity["outputs"]),
        ViaBackwardConnection = (bool?)activity["viaBackwardConnection"] ?? false,
        StartedAt = (DateTimeOffset?)activity["startedAt"] ?? default,
        CompletedAt = (DateTimeOffset?)activity["completedAt"],
    };

    private static JsonObject WriteInstance(ActivityInstance instance) => new()
    {
        ["id"] = instance.Id,
        ["nodeId"] = instance.NodeId,
        ["parentId"] = instance.ParentId,
        ["status"] = instance.Status.ToString(),
        ["activityState"] = instance.ActivityState.DeepClone(),
        ["outputs"] = instance.Outputs.DeepClone(),
        ["viaBackwardConnection"] = instance.ViaBackwardConnection,
        ["startedAt"] = instance.StartedAt,
        ["completedAt"] = instance.CompletedAt,
    };

    private static JsonObject CopyOf(JsonNode? node) => node is JsonObject value ? value.DeepClone().AsObject() : [];
}
