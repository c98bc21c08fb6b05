using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Engine.Management;

/// <summary>One version of a definition without its content (Elsa's <c>WorkflowDefinitionSummary</c>).</summary>
public sealed record WorkflowDefinitionSummary
{
    public required string Id { get; init; }

    public required string DefinitionId { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public int Version { get; init; }

    public string? ToolVersion { get; init; }

    public bool IsLatest { get; init; }

    public bool IsPublished { get; init; }

    public bool IsReadonly { get; init; }

    public bool IsSystem { get; init; }

    public required string MaterializerName { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    internal static WorkflowDefinitionSummary From(WorkflowDefinitionVersion row) => new()
    {
        Id = row.Id,
        DefinitionId = row.DefinitionId,
        Name = row.Name,
        Description = row.Description,
        Version = row.Version,
        ToolVersion = row.ToolVersion,
        IsLatest = row.IsLatest,
        IsPublished = row.IsPublished,
        IsReadonly = row.IsReadonly,
        IsSystem = row.IsSystem,
        MaterializerName = row.MaterializerName,
        CreatedAt = row.CreatedAt,
    };
}
