namespace PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

/// <summary>
/// One stored version of a workflow definition: the fields that are queried, and the whole definition as Elsa
/// JSON in <see cref="Data"/>. The columns are authoritative for identity, version and the latest/published flags;
/// the store rewrites those flags without touching <see cref="Data"/>.
/// </summary>
public sealed class WorkflowDefinitionVersion
{
    /// <summary>The version id (Elsa's <c>id</c>): 16 hex digits.</summary>
    public required string Id { get; init; }

    /// <summary>The id shared by every version of the definition (Elsa's <c>definitionId</c>).</summary>
    public required string DefinitionId { get; init; }

    public int Version { get; init; }
    public string? Name { get; internal set; }
    public string? Description { get; internal set; }
    public DateTimeOffset CreatedAt { get; init; }
    public bool IsLatest { get; internal set; }
    public bool IsPublished { get; internal set; }
    public bool IsReadonly { get; internal set; }
    public bool IsSystem { get; internal set; }
    public string? ToolVersion { get; internal set; }
    public string MaterializerName { get; internal set; } = WorkflowDefinitionDraft.JsonMaterializerName;

    /// <summary>The whole workflow definition as Elsa 3 JSON text.</summary>
    public string Data { get; internal set; } = string.Empty;

    /// <summary>
    /// Counts the edits of a draft in place, so the runtime can tell whether the definition it parsed earlier is still
    /// current without reading <see cref="Data"/> again (plan definitions run to tens of kilobytes).
    /// </summary>
    public long DataRevision { get; internal set; }

    internal static WorkflowDefinitionVersion FromDraft(
        WorkflowDefinitionDraft draft, string id, string definitionId, int version, DateTimeOffset createdAt)
    {
        var created = new WorkflowDefinitionVersion
        {
            Id = id,
            DefinitionId = definitionId,
            Version = version,
            CreatedAt = createdAt,
            IsLatest = true,
            Data = draft.Data,
        };
        created.ApplyDraft(draft);
        return created;
    }

    internal void ApplyDraft(WorkflowDefinitionDraft draft)
    {
        Name = draft.Name;
        Description = draft.Description;
        IsReadonly = draft.IsReadonly;
        IsSystem = draft.IsSystem;
        ToolVersion = draft.ToolVersion;
        MaterializerName = draft.MaterializerName;
        Data = draft.Data;
        DataRevision++;
    }

    internal WorkflowDefinitionVersion CopyAsLatestDraft(string id, int version, DateTimeOffset createdAt) => new()
    {
        Id = id,
        DefinitionId = DefinitionId,
        Version = version,
        Name = Name,
        Description = Description,
        CreatedAt = createdAt,
        IsLatest = true,
        IsReadonly = IsReadonly,
        IsSystem = IsSystem,
        ToolVersion = ToolVersion,
        MaterializerName = MaterializerName,
        Data = Data,
    };
}
