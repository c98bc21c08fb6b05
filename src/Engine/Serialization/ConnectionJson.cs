using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Serialization;

/// <summary>Reads connections in the current form and in the legacy <c>{source, target, sourcePort, targetPort}</c> form; writes the current form.</summary>
internal static class ConnectionJson
{
    public static List<Connection> ReadAll(JsonNode? connections) =>
        connections is JsonArray array ? array.OfType<JsonObject>().Select(Read).ToList() : [];

    public static JsonArray WriteAll(IEnumerable<Connection> connections) => new([.. connections.Select(Write)]);

    private static Connection Read(JsonObject json)
    {
        if (json["source"] is JsonValue)
        {
            return new Connection(
                new Endpoint(json.StringOf("source") ?? "", json.StringOf("sourcePort") ?? Activity.DefaultOutcome),
                new Endpoint(json.StringOf("target") ?? "", json.StringOf("targetPort") ?? Connection.InboundPort));
        }

        return new Connection(ReadEndpoint(json["source"]), ReadEndpoint(json["target"]))
        {
            Vertices = json["vertices"] is JsonArray vertices ? (JsonArray)vertices.DeepClone() : null,
        };
    }

    private static Endpoint ReadEndpoint(JsonNode? json) => json is JsonObject endpoint
        ? new Endpoint(endpoint.StringOf("activity") ?? "", endpoint.StringOf("port") ?? "")
        : new Endpoint("", "");

    private static JsonObject Write(Connection connection) => new()
    {
        ["source"] = new JsonObject { ["activity"] = connection.Source.Activity, ["port"] = connection.Source.Port },
        ["target"] = new JsonObject { ["activity"] = connection.Target.Activity, ["port"] = connection.Target.Port },
        ["vertices"] = connection.Vertices?.DeepClone() ?? new JsonArray(),
    };
}
