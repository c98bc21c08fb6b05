using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Runtime.Stimuli;

namespace PlanWorkflows.Engine.Runtime.Persistence.Reads;

/// <summary>
/// The queries that prepare a burst, generated once per EF model (table and column names from the model). Parameters
/// are positional (<c>@p0</c>, <c>@p1</c> …).
/// </summary>
internal sealed class ReadSql
{
    private readonly EntityNames instances;
    private readonly EntityNames versions;
    private readonly EntityNames bookmarks;
    private readonly Dictionary<VersionSelection, string> startVersions;
    private readonly string startVersionById;

    public ReadSql(EngineDbContext context)
    {
        var model = context.Model;
        var sql = context.GetService<ISqlGenerationHelper>();
        instances = new EntityNames(model.FindEntityType(typeof(WorkflowInstance))!, sql);
        versions = new EntityNames(model.FindEntityType(typeof(WorkflowDefinitionVersion))!, sql);
        bookmarks = new EntityNames(model.FindEntityType(typeof(Bookmark))!, sql);
        var applied = new EntityNames(model.FindEntityType(typeof(AppliedStimulus))!, sql);
        var queued = new EntityNames(model.FindEntityType(typeof(QueuedStimulus))!, sql);
        Instance = $"SELECT i.{instances[nameof(WorkflowInstance.State)]}, i.{instances[nameof(WorkflowInstance.Revision)]}, v.{versions[nameof(WorkflowDefinitionVersion.DataRevision)]} "
            + $"FROM {instances.Table} AS i LEFT JOIN {versions.Table} AS v ON v.{versions[nameof(WorkflowDefinitionVersion.Id)]} = i.{instances[nameof(WorkflowInstance.DefinitionVersionId)]} "
            + $"WHERE i.{instances[nameof(WorkflowInstance.Id)]} = @p0";
        DefinitionJson = $"SELECT {versions[nameof(WorkflowDefinitionVersion.Data)]}, {versions[nameof(WorkflowDefinitionVersion.DataRevision)]} "
            + $"FROM {versions.Table} WHERE {versions[nameof(WorkflowDefinitionVersion.Id)]} = @p0";
        BookmarkById = $"{BookmarkReferences} WHERE {bookmarks[nameof(Bookmark.Id)]} = @p0";
        AppliedKey = $"SELECT 1 FROM {applied.Table} WHERE {applied[nameof(AppliedStimulus.WorkflowInstanceId)]} = @p0 AND {applied[nameof(AppliedStimulus.IdempotencyKey)]} = @p1";
        QueuedById = $"SELECT 1 FROM {queued.Table} WHERE {queued[nameof(QueuedStimulus.Id)]} = @p0";
        BookmarksWithHash = $"{BookmarkReferences} WHERE {bookmarks[nameof(Bookmark.Hash)]} = @p0 ORDER BY {bookmarks[nameof(Bookmark.CreatedAt)]}";
        BookmarksWithHashAndCorrelation = $"{BookmarkReferences} WHERE {bookmarks[nameof(Bookmark.Hash)]} = @p0 "
            + $"AND {bookmarks[nameof(Bookmark.CorrelationId)]} = @p1 ORDER BY {bookmarks[nameof(Bookmark.CreatedAt)]}";
        startVersions = Enum.GetValues<VersionSelection>().ToDictionary(selection => selection, selection => BuildStartVersion(selection));
        startVersionById = BuildStartVersion(null);
    }

    /// <summary>State and revision of an instance, and the data revision of its definition version (@p0 = instance id).</summary>
    public string Instance { get; }

    /// <summary>JSON and data revision of a definition version (@p0 = version id).</summary>
    public string DefinitionJson { get; }

    public string BookmarkById { get; }

    /// <summary>@p0 = instance id, @p1 = idempotency key.</summary>
    public string AppliedKey { get; }

    public string QueuedById { get; }

    private string BookmarkReferences =>
        $"SELECT {bookmarks[nameof(Bookmark.Id)]}, {bookmarks[nameof(Bookmark.WorkflowInstanceId)]}, {bookmarks[nameof(Bookmark.Hash)]} FROM {bookmarks.Table}";

    /// <summary>Bookmarks with the hash (@p0), oldest first: a seek of the (hash, correlation) index.</summary>
    public string BookmarksWithHash { get; }

    /// <summary>Bookmarks with the hash (@p0) and the correlation id (@p1), oldest first.</summary>
    public string BookmarksWithHashAndCorrelation { get; }

    /// <summary>
    /// The version of a definition (@p0) that a start selects: the version id (@p1) when <paramref name="selection"/>
    /// is null, otherwise the published one first, then the highest number among those the selection allows (@p1 =
    /// number for a specific version).
    /// </summary>
    public string StartVersion(VersionSelection? selection) => selection is { } chosen ? startVersions[chosen] : startVersionById;

    private string BuildStartVersion(VersionSelection? selection)
    {
        var filter = selection switch
        {
            null => $" AND {versions[nameof(WorkflowDefinitionVersion.Id)]} = @p1",
            VersionSelection.Latest => $" AND {versions[nameof(WorkflowDefinitionVersion.IsLatest)]}",
            VersionSelection.Published => $" AND {versions[nameof(WorkflowDefinitionVersion.IsPublished)]}",
            VersionSelection.LatestOrPublished => $" AND ({versions[nameof(WorkflowDefinitionVersion.IsLatest)]} OR {versions[nameof(WorkflowDefinitionVersion.IsPublished)]})",
            VersionSelection.LatestAndPublished => $" AND {versions[nameof(WorkflowDefinitionVersion.IsLatest)]} AND {versions[nameof(WorkflowDefinitionVersion.IsPublished)]}",
            VersionSelection.Draft => $" AND NOT {versions[nameof(WorkflowDefinitionVersion.IsPublished)]}",
            VersionSelection.SpecificVersion => $" AND {versions[nameof(WorkflowDefinitionVersion.Version)]} = @p1",
            _ => string.Empty,
        };
        return $"SELECT {versions[nameof(WorkflowDefinitionVersion.Id)]}, {versions[nameof(WorkflowDefinitionVersion.Version)]}, "
            + $"{versions[nameof(WorkflowDefinitionVersion.Name)]}, {versions[nameof(WorkflowDefinitionVersion.DataRevision)]} FROM {versions.Table} "
            + $"WHERE {versions[nameof(WorkflowDefinitionVersion.DefinitionId)]} = @p0{filter} "
            + $"ORDER BY {versions[nameof(WorkflowDefinitionVersion.IsPublished)]} DESC, {versions[nameof(WorkflowDefinitionVersion.Version)]} DESC LIMIT 1";
    }
}
