using System.Text.Json;
using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.Expressions;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>
/// The executor's part of the workflow state: <c>{"activities": [...running activity instances...]}</c>. A burst
/// always empties its queue, so running instances (suspended activities and their containers, with the flowchart
/// counters and flowchart variables in their activity state) are all a later burst needs.
/// </summary>
internal static class ExecutionStateDocument
{
    private const string ActivitiesProperty = "activities";

    public static IReadOnlyList<ActivityInstance> Read(JsonObject executionState) =>
        executionState[ActivitiesProperty]?.Deserialize<List<ActivityInstance>>(ValueConverter.JsonOptions) ?? [];

    public static JsonObject Write(IEnumerable<ActivityInstance> instances) => new()
    {
        [ActivitiesProperty] = JsonSerializer.SerializeToNode(instances.ToList(), ValueConverter.JsonOptions),
    };
}
