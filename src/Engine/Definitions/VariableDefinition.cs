using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PlanWorkflows.Engine.Definitions;

/// <summary>A workflow or container variable; <see cref="Value"/> is the initial value as written (usually a string).</summary>
public sealed record VariableDefinition
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string TypeName { get; init; } = "Object";

    public bool IsArray { get; init; }

    public JsonNode? Value { get; init; }

    public string? StorageDriverTypeName { get; init; }

    /// <summary>Properties this model does not know, kept for round trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownProperties { get; init; }
}
