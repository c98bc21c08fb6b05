using System.Diagnostics.CodeAnalysis;

namespace PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

/// <summary>Translates version options, list filters and sort orders into provider-neutral LINQ.</summary>
internal static class WorkflowDefinitionQueryableExtensions
{
    public static IQueryable<WorkflowDefinitionVersion> WithVersion(
        this IQueryable<WorkflowDefinitionVersion> versions, VersionOptions options) =>
        options.Selection switch
        {
            VersionSelection.Latest => versions.Where(row => row.IsLatest),
            VersionSelection.Published => versions.Where(row => row.IsPublished),
            VersionSelection.LatestOrPublished => versions.Where(row => row.IsLatest || row.IsPublished),
            VersionSelection.LatestAndPublished => versions.Where(row => row.IsLatest && row.IsPublished),
            VersionSelection.Draft => versions.Where(row => !row.IsPublished),
            VersionSelection.SpecificVersion => versions.Where(row => row.Version == options.Version),
            _ => versions,
        };

    public static IQueryable<WorkflowDefinitionVersion> Matching(
        this IQueryable<WorkflowDefinitionVersion> versions, WorkflowDefinitionQuery query)
    {
        if (query.DefinitionIds is { } definitionIds)
        {
            versions = versions.Where(row => definitionIds.Contains(row.DefinitionId));
        }

        if (query.Ids is { } ids)
        {
            versions = versions.Where(row => ids.Contains(row.Id));
        }

        if (query.IsSystem is { } isSystem)
        {
            versions = versions.Where(row => row.IsSystem == isSystem);
        }

        return versions.WithVersion(query.VersionOptions).Searching(query.SearchTerm);
    }

    public static IQueryable<WorkflowDefinitionVersion> OrderedBy(
        this IQueryable<WorkflowDefinitionVersion> versions, WorkflowDefinitionQuery query)
    {
        var direction = query.OrderDirection
            ?? (query.OrderBy == WorkflowDefinitionOrderBy.Name ? OrderDirection.Ascending : OrderDirection.Descending);
        var ordered = (query.OrderBy, direction) switch
        {
            (WorkflowDefinitionOrderBy.Name, OrderDirection.Ascending) => versions.OrderBy(row => row.Name),
            (WorkflowDefinitionOrderBy.Name, _) => versions.OrderByDescending(row => row.Name),
            (WorkflowDefinitionOrderBy.CreatedAt, OrderDirection.Ascending) => versions.OrderBy(row => row.CreatedAt),
            (WorkflowDefinitionOrderBy.CreatedAt, _) => versions.OrderByDescending(row => row.CreatedAt),
            (_, OrderDirection.Ascending) => versions.OrderBy(row => row.Version),
            _ => versions.OrderByDescending(row => row.Version),
        };
        return ordered.ThenBy(row => row.DefinitionId).ThenBy(row => row.Version);
    }

    public static IQueryable<WorkflowDefinitionVersion> Paged(
        this IQueryable<WorkflowDefinitionVersion> versions, WorkflowDefinitionQuery query) =>
        query.PageSize is { } pageSize
            ? versions.Skip((query.Page ?? 0) * pageSize).Take(pageSize)
            : versions;

    [SuppressMessage("Performance", "CA1862", Justification = "Runs as SQL LOWER(); StringComparison overloads do not translate.")]
    private static IQueryable<WorkflowDefinitionVersion> Searching(
        this IQueryable<WorkflowDefinitionVersion> versions, string? searchTerm)
    {
        if (string.IsNullOrWhiteSpace(searchTerm))
        {
            return versions;
        }

        var term = searchTerm.Trim();
        var lowerTerm = term.ToLowerInvariant();
        return versions.Where(row =>
            (row.Name != null && row.Name.ToLower().Contains(lowerTerm))
            || (row.Description != null && row.Description.ToLower().Contains(lowerTerm))
            || row.Id.Contains(term)
            || row.DefinitionId.Contains(term));
    }
}
