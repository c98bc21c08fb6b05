using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Serialization;
using PlanWorkflows.Engine.Validation;

namespace PlanWorkflows.Engine.Management;

internal sealed class WorkflowDefinitionService(
    IWorkflowDefinitionStore store,
    WorkflowDefinitionSerializer serializer,
    WorkflowDefinitionValidator validator,
    IIdentityGenerator identityGenerator) : IWorkflowDefinitionService
{
    /// <summary>HATEOAS links belong to one response for one caller, never to the stored definition.</summary>
    private const string LinksProperty = "links";

    public async Task<SavedWorkflowDefinition> SaveAsync(WorkflowDefinitionSave save, CancellationToken cancellationToken = default)
    {
        var model = save.Model.DeepClone().AsObject();
        model.Remove(LinksProperty);
        var definitionId = model.StringOf("definitionId");
        var isNew = string.IsNullOrWhiteSpace(definitionId)
            || await store.FindAsync(definitionId, VersionOptions.Latest, cancellationToken) is null;
        if (string.IsNullOrWhiteSpace(definitionId))
        {
            model["definitionId"] = identityGenerator.NewId();
        }

        var definition = serializer.Read(model).Definition;
        validator.EnsureValid(definition);
        var row = await store.SaveDraftAsync(ToDraft(definition), cancellationToken);
        if (save.Publish)
        {
            row = await store.PublishAsync(row.DefinitionId, cancellationToken) ?? row;
        }

        return new SavedWorkflowDefinition(Overlay(row, definition)) { IsNew = isNew };
    }

    public Task<SavedWorkflowDefinition> ImportAsync(string definitionJson, CancellationToken cancellationToken = default) =>
        SaveAsync(new WorkflowDefinitionSave { Model = WorkflowDefinitionSerializer.Parse(definitionJson), Publish = true }, cancellationToken);

    public async Task<WorkflowDefinition?> FindAsync(
        string definitionId, VersionOptions versionOptions, CancellationToken cancellationToken = default) =>
        ReadOrNull(await store.FindAsync(definitionId, versionOptions, cancellationToken));

    public async Task<WorkflowDefinition?> FindByIdAsync(string id, CancellationToken cancellationToken = default) =>
        ReadOrNull(await store.FindByIdAsync(id, cancellationToken));

    public async Task<IReadOnlyList<WorkflowDefinition>> FindManyByIdAsync(
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var page = await store.ListAsync(new WorkflowDefinitionQuery { Ids = ids }, cancellationToken);
        return page.Items.Select(Read).ToList();
    }

    public async Task<Page<WorkflowDefinitionSummary>> ListAsync(
        WorkflowDefinitionQuery query, CancellationToken cancellationToken = default)
    {
        var page = await store.ListAsync(query, cancellationToken);
        return new Page<WorkflowDefinitionSummary>(page.Items.Select(WorkflowDefinitionSummary.From).ToList(), page.TotalCount);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        var latestVersions = new WorkflowDefinitionQuery { VersionOptions = VersionOptions.Latest, Page = 0, PageSize = 1 };
        return (await store.ListAsync(latestVersions, cancellationToken)).TotalCount;
    }

    public Task<bool> IsNameUniqueAsync(string name, string? excludedDefinitionId, CancellationToken cancellationToken = default) =>
        store.IsNameUniqueAsync(name, excludedDefinitionId, cancellationToken);

    public async Task<WorkflowDefinition?> PublishAsync(string definitionId, CancellationToken cancellationToken = default) =>
        ReadOrNull(await store.PublishAsync(definitionId, cancellationToken));

    public async Task<WorkflowDefinition?> RetractAsync(string definitionId, CancellationToken cancellationToken = default) =>
        ReadOrNull(await store.RetractAsync(definitionId, cancellationToken));

    public async Task<WorkflowDefinitionSummary?> RevertAsync(
        string definitionId, int version, CancellationToken cancellationToken = default) =>
        await store.RevertAsync(definitionId, version, cancellationToken) is { } row ? WorkflowDefinitionSummary.From(row) : null;

    public async Task<bool> DeleteAsync(string definitionId, CancellationToken cancellationToken = default) =>
        await store.DeleteAsync(definitionId, cancellationToken) > 0;

    public Task<bool> DeleteVersionAsync(string id, CancellationToken cancellationToken = default) =>
        store.DeleteVersionAsync(id, cancellationToken);

    public async Task<string?> ExportAsync(
        string definitionId, VersionOptions versionOptions, CancellationToken cancellationToken = default) =>
        await FindAsync(definitionId, versionOptions, cancellationToken) is { } definition
            ? WorkflowDefinitionSerializer.Write(definition)
            : null;

    private static WorkflowDefinitionDraft ToDraft(WorkflowDefinition definition) => new()
    {
        DefinitionId = definition.DefinitionId,
        Name = definition.Name?.Trim(),
        Description = definition.Description?.Trim(),
        ToolVersion = definition.ToolVersion,
        IsReadonly = definition.IsReadonly,
        IsSystem = definition.IsSystem,
        Data = WorkflowDefinitionSerializer.Write(definition),
    };

    /// <summary>
    /// The store's columns win over the copies inside the JSON, which the store never rewrites. Options are always
    /// present, as from Elsa's server: Studio's settings panel dereferences them.
    /// </summary>
    private static WorkflowDefinition Overlay(WorkflowDefinitionVersion row, WorkflowDefinition definition) => definition with
    {
        Options = definition.Options ?? new WorkflowOptions(),
        Id = row.Id,
        DefinitionId = row.DefinitionId,
        Version = row.Version,
        IsLatest = row.IsLatest,
        IsPublished = row.IsPublished,
        CreatedAt = row.CreatedAt,
    };

    private WorkflowDefinition Read(WorkflowDefinitionVersion row) => Overlay(row, serializer.Read(row.Data).Definition);

    private WorkflowDefinition? ReadOrNull(WorkflowDefinitionVersion? row) => row is null ? null : Read(row);
}
