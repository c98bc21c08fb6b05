namespace PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

/// <summary>
/// A definition list request, as Studio sends it to <c>GET /workflow-definitions</c>. Null filters match everything.
/// </summary>
public sealed record WorkflowDefinitionQuery
{
    public IReadOnlyCollection<string>? DefinitionIds { get; init; }

    /// <summary>Version ids.</summary>
    public IReadOnlyCollection<string>? Ids { get; init; }

    public VersionOptions VersionOptions { get; init; }

    /// <summary>Matches the name or description (case-insensitive) or a part of the version or definition id.</summary>
    public string? SearchTerm { get; init; }

    public bool? IsSystem { get; init; }

    /// <summary>Zero-based page number; paging applies only when <see cref="PageSize"/> is set.</summary>
    public int? Page { get; init; }

    public int? PageSize { get; init; }
    public WorkflowDefinitionOrderBy OrderBy { get; init; }

    /// <summary>Defaults to ascending by name and descending by creation time or version, as in Elsa.</summary>
    public OrderDirection? OrderDirection { get; init; }
}
