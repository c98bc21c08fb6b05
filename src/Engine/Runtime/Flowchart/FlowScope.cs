using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Runtime.Flowchart;

/// <summary>
/// Elsa's counter-based flowchart memory: how often each activity was visited and each connection was visited, and
/// whether a connection's last visit followed it. Stored in the flowchart's activity state between bursts, mapped
/// to JSON nodes by hand as it is read and written on every completion.
/// </summary>
internal sealed record FlowScope
{
    private const string StateProperty = "flowScope";

    public Dictionary<string, long> ActivityVisits { get; init; } = [];

    public Dictionary<string, long> ConnectionVisits { get; init; } = [];

    public Dictionary<string, bool> ConnectionFollowed { get; init; } = [];

    public static FlowScope Load(JsonObject activityState) => activityState[StateProperty] is JsonObject stored
        ? new FlowScope
        {
            ActivityVisits = ReadEntries(stored["activityVisits"], value => value.GetValue<long>()),
            ConnectionVisits = ReadEntries(stored["connectionVisits"], value => value.GetValue<long>()),
            ConnectionFollowed = ReadEntries(stored["connectionFollowed"], value => value.GetValue<bool>()),
        }
        : new FlowScope();

    public void Save(JsonObject activityState) => activityState[StateProperty] = new JsonObject
    {
        ["activityVisits"] = WriteEntries(ActivityVisits, value => JsonValue.Create(value)),
        ["connectionVisits"] = WriteEntries(ConnectionVisits, value => JsonValue.Create(value)),
        ["connectionFollowed"] = WriteEntries(ConnectionFollowed, value => JsonValue.Create(value)),
    };

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

    private static Dictionary<string, T> ReadEntries<T>(JsonNode? stored, Func<JsonNode, T> read) =>
        stored is JsonObject entries ? entries.ToDictionary(entry => entry.Key, entry => read(entry.Value!)) : [];

    private static JsonObject WriteEntries<T>(Dictionary<string, T> entries, Func<T, JsonNode> write) =>
        new(entries.Select(entry => KeyValuePair.Create(entry.Key, (JsonNode?)write(entry.Value))));

    private static string Key(Connection connection) =>
        $"{connection.Source.Activity}:{connection.Source.Port} -> {connection.Target.Activity}:{connection.Target.Port}";
}
