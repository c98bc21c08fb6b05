using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Engine.Runtime.Instances;

/// <summary>
/// How to start an instance: the definition version (<see cref="DefinitionVersionId"/> wins over
/// <see cref="VersionOptions"/>), its input and correlation id, and optionally the instance id to use (starting the
/// same id twice has one effect).
/// </summary>
public sealed record StartOptions
{
    public VersionOptions VersionOptions { get; init; } = VersionOptions.Published;

    public string? DefinitionVersionId { get; init; }

    public JsonObject? Input { get; init; }

    public string? CorrelationId { get; init; }

    public string? InstanceId { get; init; }
}
