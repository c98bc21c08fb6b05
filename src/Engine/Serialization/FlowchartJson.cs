using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Serialization;

/// <summary>
/// The flowchart part of an activity: children, connections, variables and the legacy <c>start</c>. Connections that touch
/// a not-found activity are parked in <c>customProperties.notFoundConnections</c> as Elsa does, and written back into
/// <c>connections</c>.
/// </summary>
internal static class FlowchartJson
{
    public const string NotFoundConnectionsKey = "notFoundConnections";

    public static readonly IReadOnlySet<string> Properties = new HashSet<string> { "activities", "connections", "variables", "start" };

    public static ActivityNode Read(ActivityNode node, JsonObject json, ActivityNodeReader reader)
    {
        var activities = json.ObjectsOf("activities").Select(child => reader.Read(child, node.NodeId)).ToList();
        var customProperties = node.CustomProperties;
        var parkedBefore = ConnectionJson.ReadAll(customProperties[NotFoundConnectionsKey]);
        customProperties.Remove(NotFoundConnectionsKey);
        var connections = ConnectionJson.ReadAll(json["connections"])
            .Concat(parkedBefore)
            .DistinctBy(connection => (connection.Source, connection.Target))
            .ToList();
        var isParked = ParkingRule(activities, parkedBefore);
        var content = new FlowchartContent
        {
            Activities = activities,
            Connections = connections.Where(connection => !isParked(connection)).ToList(),
            NotFoundConnections = connections.Where(isParked).ToList(),
            StartActivityId = json.StringOf("start"),
            Variables = json.Deserialize<List<VariableDefinition>>("variables") ?? [],
        };
        return node with { CustomProperties = customProperties, Flowchart = content };
    }

    /// <summary>Parked: touches a not-found activity, or was parked before and still lacks one of its ends.</summary>
    private static Func<Connection, bool> ParkingRule(List<ActivityNode> activities, List<Connection> parkedBefore)
    {
        var missing = activities.Where(activity => activity.MissingType is not null).Select(activity => activity.Id).ToHashSet();
        var present = activities.Select(activity => activity.Id).ToHashSet();
        var wasParked = parkedBefore.Select(connection => (connection.Source, connection.Target)).ToHashSet();
        return connection =>
            missing.Contains(connection.Source.Activity)
            || missing.Contains(connection.Target.Activity)
            || (wasParked.Contains((connection.Source, connection.Target))
                && !(present.Contains(connection.Source.Activity) && present.Contains(connection.Target.Activity)));
    }

    public static void Write(JsonObject json, FlowchartContent content, Func<ActivityNode, JsonObject> writeActivity)
    {
        var customProperties = json["customProperties"]!.AsObject();
        customProperties[NotFoundConnectionsKey] = new JsonArray();
        json["activities"] = new JsonArray([.. content.Activities.Select(writeActivity)]);
        json["variables"] = ElsaJsonNodes.From(content.Variables);
        json["connections"] = ConnectionJson.WriteAll(content.Connections.Concat(content.NotFoundConnections));
        if (content.StartActivityId is { } start)
        {
            json["start"] = start;
        }
    }
}
