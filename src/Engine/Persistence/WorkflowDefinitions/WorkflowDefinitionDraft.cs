namespace PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

/// <summary>The content of a definition to save as its latest draft.</summary>
public sealed record WorkflowDefinitionDraft
{
    /// <summary>Elsa's name for definitions stored as JSON.</summary>
    public const string JsonMaterializerName = "Json";

    /// <summary>The definition to save to; null creates a new definition with a new id.</summary>
    public string? DefinitionId { get; init; }

    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? ToolVersion { get; init; }
    public string MaterializerName { get; init; } = JsonMaterializerName;
    public bool IsReadonly { get; init; }
    public bool IsSystem { get; init; }

    /// <summary>The whole workflow definition as Elsa 3 JSON text.</summary>
    public required string Data { get; init; }
}
