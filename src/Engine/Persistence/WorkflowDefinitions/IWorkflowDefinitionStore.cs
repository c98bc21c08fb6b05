namespace PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

/// <summary>
/// Stores workflow definitions one row per version, with Elsa's versioning rules: every definition has exactly one
/// latest version (its highest) and at most one published version. Each write runs in one transaction.
/// </summary>
public interface IWorkflowDefinitionStore
{
    /// <summary>
    /// The version of a definition that the options select: the published one for
    /// <see cref="VersionOptions.LatestOrPublished"/> when there is one, otherwise the highest matching version.
    /// </summary>
    Task<WorkflowDefinitionVersion?> FindAsync(string definitionId, VersionOptions versionOptions, CancellationToken cancellationToken = default);

    Task<WorkflowDefinitionVersion?> FindByIdAsync(string id, CancellationToken cancellationToken = default);

    Task<Page<WorkflowDefinitionVersion>> ListAsync(WorkflowDefinitionQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves content as the definition's latest draft: a new definition gets version 1; a latest version that is a
    /// draft is updated in place; a published latest version stays published and a new version becomes the latest.
    /// </summary>
    Task<WorkflowDefinitionVersion> SaveDraftAsync(WorkflowDefinitionDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Publishes the latest version and unpublishes any other; null when the definition does not exist.</summary>
    Task<WorkflowDefinitionVersion?> PublishAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Unpublishes the published version; null when no version is published.</summary>
    Task<WorkflowDefinitionVersion?> RetractAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Copies version <paramref name="version"/> into a new latest draft numbered one above the highest version;
    /// null when that version does not exist.
    /// </summary>
    Task<WorkflowDefinitionVersion?> RevertAsync(string definitionId, int version, CancellationToken cancellationToken = default);

    /// <summary>Deletes every version of a definition and returns how many were deleted.</summary>
    Task<int> DeleteAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Deletes one version; when it was the latest, the highest remaining version becomes the latest.</summary>
    Task<bool> DeleteVersionAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>True when no definition other than <paramref name="excludedDefinitionId"/> uses the name.</summary>
    Task<bool> IsNameUniqueAsync(string name, string? excludedDefinitionId = null, CancellationToken cancellationToken = default);
}
