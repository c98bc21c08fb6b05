using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanWorkflows.Engine.Definitions;

/// <summary>The definition's <c>options</c> object.</summary>
public sealed record WorkflowOptions
{
    public string? ActivationStrategyType { get; init; }

    public bool? UsableAsActivity { get; init; }

    public bool AutoUpdateConsumingWorkflows { get; init; }

    public string? ActivityCategory { get; init; }

    public string? IncidentStrategyType { get; init; }

    public string? CommitStrategyName { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownProperties { get; init; }
}
