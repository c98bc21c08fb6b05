using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Management;

/// <summary>A save request: Studio's <c>WorkflowDefinitionModel</c> JSON and whether to publish it.</summary>
public sealed record WorkflowDefinitionSave
{
    public required JsonObject Model { get; init; }

    public bool Publish { get; init; }
}
