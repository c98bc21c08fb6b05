using PlanWorkflows.Engine.Management;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>Elsa's <c>PagedListResponse&lt;T&gt;</c> with the list's links.</summary>
internal sealed record PagedListResponse<T>(IReadOnlyList<T> Items, long TotalCount, IReadOnlyList<Link> Links);

/// <summary>Elsa's <c>LinkedWorkflowDefinitionSummary</c>: a version without its content, with links.</summary>
internal sealed record LinkedDefinitionSummary
{
    public required string Id { get; init; }
    public required string DefinitionId { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public int Version { get; init; }
    public string? ToolVersion { get; init; }
    public bool IsLatest { get; init; }
    public bool IsPublished { get; init; }
    public string? ProviderName { get; init; }
    public required string MaterializerName { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public bool IsReadonly { get; init; }
    public bool IsMaterializerAvailable { get; init; }
    public required IReadOnlyList<Link> Links { get; init; }

    public static LinkedDefinitionSummary From(WorkflowDefinitionSummary summary, IReadOnlyList<Link> links) => new()
    {
        Id = summary.Id,
        DefinitionId = summary.DefinitionId,
        Name = summary.Name,
        Description = summary.Description,
        Version = summary.Version,
        ToolVersion = summary.ToolVersion,
        IsLatest = summary.IsLatest,
        IsPublished = summary.IsPublished,
        MaterializerName = summary.MaterializerName,
        CreatedAt = summary.CreatedAt,
        IsReadonly = summary.IsReadonly,
        IsMaterializerAvailable = true,
        Links = links,
    };
}

/// <summary>The bulk actions' body: <c>{ definitionIds }</c>.</summary>
internal sealed record DefinitionIdsBody(IReadOnlyList<string>? DefinitionIds);
