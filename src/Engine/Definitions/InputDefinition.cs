namespace PlanWorkflows.Engine.Definitions;

/// <summary>A workflow input declared by the definition.</summary>
public sealed record InputDefinition : ArgumentDefinition
{
    public string? UiHint { get; init; }

    public string? StorageDriverType { get; init; }
}
