using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanWorkflows.Engine.Definitions;

/// <summary>A workflow output declared by the definition.</summary>
public sealed record OutputDefinition
{
    public required string Name { get; init; }

    public string Type { get; init; } = "Object";

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public string? Category { get; init; }

    public bool IsArray { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownProperties { get; init; }
}
