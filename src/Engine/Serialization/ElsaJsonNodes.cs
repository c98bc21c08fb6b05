using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Serialization;

/// <summary>Serializes model records to <see cref="JsonNode"/> with Elsa's conventions.</summary>
internal static class ElsaJsonNodes
{
    public static JsonNode? From<T>(T value) => JsonSerializer.SerializeToNode(value, ElsaJson.Options);
}
