using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanWorkflows.Engine.Definitions;

/// <summary>What a workflow input and a workflow output declare alike (Elsa's <c>ArgumentDefinition</c>).</summary>
public abstract record ArgumentDefinition
{
    public required string Name { get; init; }

    public string Type { get; init; } = "Object";

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public string? Category { get; init; }

    public bool IsArray { get; init; }

    /// <summary>Properties this model does not know, kept for round trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownProperties { get; init; }
}
