using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Validation;

namespace PlanWorkflows.Engine.Management;

/// <summary>
/// Manages workflow definitions as Studio and the Elsa API see them: validates and serializes what is saved, keeps
/// Elsa's draft/published versions in the store, and reads definitions back with the store's authoritative id,
/// version, latest/published flags and creation time.
/// </summary>
public interface IWorkflowDefinitionService
{
    /// <summary>
    /// Saves Studio's <c>WorkflowDefinitionModel</c> as the definition's latest draft (a model without a
    /// <c>definitionId</c> creates a new definition) and publishes it when <see cref="WorkflowDefinitionSave.Publish"/> is set.
    /// </summary>
    /// <exception cref="DefinitionValidationException">The model is invalid; every error is listed and nothing is stored.</exception>
    Task<SavedWorkflowDefinition> SaveAsync(WorkflowDefinitionSave save, CancellationToken cancellationToken = default);

    /// <summary>Saves and publishes a full definition (Elsa's import), keeping its <c>definitionId</c> when it has one.</summary>
    /// <exception cref="DefinitionValidationException">The definition is invalid; nothing is stored.</exception>
    Task<SavedWorkflowDefinition> ImportAsync(string definitionJson, CancellationToken cancellationToken = default);

    Task<WorkflowDefinition?> FindAsync(string definitionId, VersionOptions versionOptions, CancellationToken cancellationToken = default);

    Task<WorkflowDefinition?> FindByIdAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WorkflowDefinition>> FindManyByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    Task<Page<WorkflowDefinitionSummary>> ListAsync(WorkflowDefinitionQuery query, CancellationToken cancellationToken = default);

    /// <summary>The number of definitions (not versions).</summary>
    Task<long> CountAsync(CancellationToken cancellationToken = default);

    /// <inheritdoc cref="IWorkflowDefinitionStore.IsNameUniqueAsync"/>
    Task<bool> IsNameUniqueAsync(string name, string? excludedDefinitionId, CancellationToken cancellationToken = default);

    /// <summary>Publishes the latest version; null when the definition does not exist.</summary>
    Task<WorkflowDefinition?> PublishAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Unpublishes the published version; null when no version is published.</summary>
    Task<WorkflowDefinition?> RetractAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Copies a version into a new latest draft; null when that version does not exist.</summary>
    Task<WorkflowDefinitionSummary?> RevertAsync(string definitionId, int version, CancellationToken cancellationToken = default);

    /// <summary>Deletes every version; false when the definition does not exist.</summary>
    Task<bool> DeleteAsync(string definitionId, CancellationToken cancellationToken = default);

    Task<bool> DeleteVersionAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The selected version as Elsa definition JSON; null when there is none.</summary>
    Task<string?> ExportAsync(string definitionId, VersionOptions versionOptions, CancellationToken cancellationToken = default);
}
