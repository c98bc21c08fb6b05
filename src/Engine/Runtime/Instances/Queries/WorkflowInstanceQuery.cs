using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Instances.Queries;

/// <summary>An instance list request, as Studio sends it to <c>POST /workflow-instances</c>. Null filters match everything.</summary>
public sealed record WorkflowInstanceQuery
{
    public IReadOnlyCollection<string>? DefinitionIds { get; init; }

    public IReadOnlyCollection<string>? DefinitionVersionIds { get; init; }

    public IReadOnlyCollection<WorkflowStatus>? Statuses { get; init; }

    public IReadOnlyCollection<WorkflowSubStatus>? SubStatuses { get; init; }

    public string? CorrelationId { get; init; }

    /// <summary>True: only instances with incidents; false: only those without.</summary>
    public bool? HasIncidents { get; init; }

    /// <summary>Only instances of this definition version number.</summary>
    public int? Version { get; init; }

    /// <summary>Every filter must hold.</summary>
    public IReadOnlyCollection<InstanceTimestampFilter>? TimestampFilters { get; init; }

    /// <summary>Matches the name (case-insensitive), or a part of the instance id, definition id or correlation id.</summary>
    public string? SearchTerm { get; init; }

    /// <summary>Zero-based page number; paging applies only when <see cref="PageSize"/> is set.</summary>
    public int? Page { get; init; }

    public int? PageSize { get; init; }

    public WorkflowInstanceOrderBy OrderBy { get; init; } = WorkflowInstanceOrderBy.CreatedAt;

    public OrderDirection OrderDirection { get; init; } = OrderDirection.Descending;
}

/// <summary>Sort key of an instance list (Elsa's <c>OrderByWorkflowInstance</c>).</summary>
public enum WorkflowInstanceOrderBy
{
    CreatedAt,
    UpdatedAt,
    FinishedAt,
}
