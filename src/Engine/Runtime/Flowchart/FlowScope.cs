using System.Text.Json;
using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Runtime.Expressions;

namespace PlanWorkflows.Engine.Runtime.Flowchart;

/// <summary>
/// Elsa's counter-based flowchart memory: how often each activity was visited and each connection was visited, and
/// whether a connection's last visit followed it. Stored in the flowchart's activity state between bursts.
/// </summary>
internal sealed record FlowScope
{
    private const string StateProperty = "flowScope";

    public Dictionary<string, long> ActivityVisits { get; init; } = [];

    public Dictionary<string, long> ConnectionVisits { get; init; } = [];

    public Dictionary<string, bool> ConnectionFollowed { get; init; } = [];

    public static FlowScope Load(JsonObject activityState) =>
        activityState[StateProperty]?.Deserialize<FlowScope>(ValueConverter.JsonOptions) ?? new FlowScope();

    public void Save(JsonObject activityState) => activityState[StateProperty] = JsonSerializer.SerializeToNode(this, ValueConverter.JsonOptions);

    public void VisitActivity(string activityId) => ActivityVisits[activityId] = Visits(activityId) + 1;

    public void VisitConnection(Connection connection, bool followed)
    {
        var key = Key(connection);
        ConnectionVisits[key] = ConnectionVisits.GetValueOrDefault(key) + 1;
        ConnectionFollowed[key] = followed;
    }

    public bool AllInboundVisited(IReadOnlyList<Connection> inbound, string activityId) =>
        inbound.All(connection => VisitsOf(connection) > Visits(activityId));

    public bool AnyInboundFollowed(IReadOnlyList<Connection> inbound, string activityId) =>
        inbound.Any(connection => VisitsOf(connection) > Visits(activityId) && ConnectionFollowed.GetValueOrDefault(Key(connection)));

    public bool AllInboundFollowed(IReadOnlyList<Connection> inbound, string activityId) =>
        inbound.All(connection => VisitsOf(connection) > Visits(activityId) && ConnectionFollowed.GetValueOrDefault(Key(connection)));

    /// <summary>A connection already accounted for by the target's last run (a WaitAny join that has fired).</summary>
    public bool IsSpent(Connection connection) => VisitsOf(connection) <= Visits(connection.Target.Activity);

    private long Visits(string activityId) => ActivityVisits.GetValueOrDefault(activityId);

    private long VisitsOf(Connection connection) => ConnectionVisits.GetValueOrDefault(Key(connection));

    private static string Key(Connection connection) =>
        $"{connection.Source.Activity}:{connection.Source.Port} -> {connection.Target.Activity}:{connection.Target.Port}";
}
