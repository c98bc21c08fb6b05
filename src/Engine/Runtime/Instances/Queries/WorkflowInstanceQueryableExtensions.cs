using System.Diagnostics.CodeAnalysis;
using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Engine.Runtime.Instances.Queries;

/// <summary>Translates instance list filters and sort orders into provider-neutral LINQ.</summary>
internal static class WorkflowInstanceQueryableExtensions
{
    public static IQueryable<WorkflowInstance> Matching(this IQueryable<WorkflowInstance> instances, WorkflowInstanceQuery query)
    {
        if (query.DefinitionIds is { } definitionIds)
        {
            instances = instances.Where(row => definitionIds.Contains(row.DefinitionId));
        }

        if (query.DefinitionVersionIds is { } versionIds)
        {
            instances = instances.Where(row => versionIds.Contains(row.DefinitionVersionId));
        }

        if (query.Statuses is { } statuses)
        {
            instances = instances.Where(row => statuses.Contains(row.Status));
        }

        if (query.SubStatuses is { } subStatuses)
        {
            instances = instances.Where(row => subStatuses.Contains(row.SubStatus));
        }

        if (query.CorrelationId is { } correlationId)
        {
            instances = instances.Where(row => row.CorrelationId == correlationId);
        }

        if (query.HasIncidents is { } hasIncidents)
        {
            instances = hasIncidents ? instances.Where(row => row.IncidentCount > 0) : instances.Where(row => row.IncidentCount == 0);
        }

        if (query.Version is { } version)
        {
            instances = instances.Where(row => row.Version == version);
        }

        foreach (var filter in query.TimestampFilters ?? [])
        {
            instances = instances.Where(InstanceTimestampFilters.Predicate(filter));
        }

        return instances.Searching(query.SearchTerm);
    }

    public static IQueryable<WorkflowInstance> OrderedBy(this IQueryable<WorkflowInstance> instances, WorkflowInstanceQuery query)
    {
        var ascending = query.OrderDirection == OrderDirection.Ascending;
        var ordered = query.OrderBy switch
        {
            WorkflowInstanceOrderBy.UpdatedAt => ascending
                ? instances.OrderBy(row => row.UpdatedAt) : instances.OrderByDescending(row => row.UpdatedAt),
            WorkflowInstanceOrderBy.FinishedAt => ascending
                ? instances.OrderBy(row => row.FinishedAt) : instances.OrderByDescending(row => row.FinishedAt),
            _ => ascending ? instances.OrderBy(row => row.CreatedAt) : instances.OrderByDescending(row => row.CreatedAt),
        };
        return ordered.ThenBy(row => row.Id);
    }

    public static IQueryable<WorkflowInstance> Paged(this IQueryable<WorkflowInstance> instances, WorkflowInstanceQuery query) =>
        query.PageSize is { } pageSize ? instances.Skip((query.Page ?? 0) * pageSize).Take(pageSize) : instances;

    [SuppressMessage("Performance", "CA1862", Justification = "Runs as SQL LOWER(); StringComparison overloads do not translate.")]
    private static IQueryable<WorkflowInstance> Searching(this IQueryable<WorkflowInstance> instances, string? searchTerm)
    {
        if (string.IsNullOrWhiteSpace(searchTerm))
        {
            return instances;
        }

        var term = searchTerm.Trim();
        var lowerTerm = term.ToLowerInvariant();
        return instances.Where(row =>
            (row.Name != null && row.Name.ToLower().Contains(lowerTerm))
            || row.Id.Contains(term)
            || row.DefinitionId.Contains(term)
            || (row.CorrelationId != null && row.CorrelationId.Contains(term)));
    }
}
