using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Runtime.Flowchart;

/// <summary>
/// Elsa 3.8's choice of a flowchart's first activity: the legacy <c>start</c> id, the first <c>Elsa.Start</c>, the first
/// activity that can start the workflow, the first without inbound connections, else the first activity.
/// </summary>
internal static class StartActivity
{
    private const string StartType = "Elsa.Start";

    public static ActivityNode? Of(FlowchartContent content)
    {
        var activities = content.Activities;
        return (content.StartActivityId is { } startId ? content.FindActivity(startId) : null)
            ?? activities.FirstOrDefault(activity => activity.Type == StartType)
            ?? activities.FirstOrDefault(CanStartWorkflow)
            ?? activities.FirstOrDefault(activity => !content.InboundConnections(activity.Id).Any())
            ?? (activities.Count > 0 ? activities[0] : null);
    }

    private static bool CanStartWorkflow(ActivityNode activity) =>
        IsTrue(activity.CustomProperties["canStartWorkflow"])
        || IsTrue(activity.CustomProperties["CanStartWorkflow"])
        || IsTrue(activity.UnknownProperties["canStartWorkflow"]);

    private static bool IsTrue(JsonNode? node) => node is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
}
