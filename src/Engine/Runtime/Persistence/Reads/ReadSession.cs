using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Instances.Bursts;
using PlanWorkflows.Engine.Runtime.Persistence.Rows;

namespace PlanWorkflows.Engine.Runtime.Persistence.Reads;

/// <summary>
/// An open connection with the queries that prepare bursts, each compiled on first use and reused: the reads of the
/// runtime's hot path, without a DbContext per call. Rented from <see cref="ReadSessions"/>, used by one caller at a time.
/// </summary>
internal sealed class ReadSession : IDisposable
{
    private readonly EngineDbContext context;
    private readonly SqliteConnection connection;
    private readonly ReadSql sql;
    private readonly Dictionary<string, SqliteStatement> commands = new(StringComparer.Ordinal);

    private ReadSession(EngineDbContext context, ReadSql sql)
    {
        this.context = context;
        this.sql = sql;
        connection = (SqliteConnection)context.Database.GetDbConnection();
    }

    public static ReadSession Open(IDbContextFactory<EngineDbContext> contextFactory, ReadSql sql)
    {
        var context = contextFactory.CreateDbContext();
        context.Database.OpenConnection();
        return new ReadSession(context, sql);
    }

    public StoredInstance? FindInstance(string id) =>
        Command(sql.Instance).Query(StoredInstance.Read, id).FirstOrDefault();

    public BookmarkReference? FindBookmark(string id) =>
        Command(sql.BookmarkById).Query(ReadBookmark, id).FirstOrDefault();

    /// <summary>
    /// The bookmarks a stimulus resumes: equal hash, and the correlation and instance filters when given. A stimulus
    /// for one instance finds them in its state, which the bookmark table mirrors: that table has no index by instance,
    /// which every burst would have to write.
    /// </summary>
    public List<BookmarkReference> MatchBookmarks(string hash, string? correlationId, string? workflowInstanceId)
    {
        if (workflowInstanceId is not null)
        {
            return FindInstance(workflowInstanceId)?.State.Bookmarks
                .Where(bookmark => bookmark.Hash == hash && (correlationId is null || bookmark.CorrelationId == correlationId))
                .OrderBy(bookmark => bookmark.CreatedAt)
                .Select(bookmark => new BookmarkReference(bookmark.Id, workflowInstanceId, bookmark.Hash))
                .ToList() ?? [];
        }

        return correlationId is null
            ? Command(sql.BookmarksWithHash).Query(ReadBookmark, hash)
            : Command(sql.BookmarksWithHashAndCorrelation).Query(ReadBookmark, hash, correlationId);
    }

    public bool WasApplied(string workflowInstanceId, string idempotencyKey) =>
        Command(sql.AppliedKey).Exists(workflowInstanceId, idempotencyKey);

    public bool IsQueued(string queuedStimulusId) => Command(sql.QueuedById).Exists(queuedStimulusId);

    /// <summary>The definition version a start runs, or null when the definition has no such version.</summary>
    public StartVersion? FindStartVersion(string definitionId, StartOptions options)
    {
        var selection = options.DefinitionVersionId is null ? options.VersionOptions.Selection : (VersionSelection?)null;
        var text = sql.StartVersion(selection);
        var rows = selection switch
        {
            null => Command(text).Query(ReadVersion, definitionId, options.DefinitionVersionId),
            VersionSelection.SpecificVersion => Command(text).Query(ReadVersion, definitionId, options.VersionOptions.Version),
            _ => Command(text).Query(ReadVersion, definitionId),
        };
        return rows.FirstOrDefault();
    }

    public DefinitionJson? FindDefinitionJson(string versionId) =>
        Command(sql.DefinitionJson).Query(row => new DefinitionJson(row.GetString(0), row.GetInt64(1)), versionId).FirstOrDefault();

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        context.Database.CloseConnection();
        context.Dispose();
    }

    private SqliteStatement Command(string text)
    {
        if (!commands.TryGetValue(text, out var command))
        {
            command = new SqliteStatement(connection, text);
            commands[text] = command;
        }

        return command;
    }

    private static BookmarkReference ReadBookmark(SqliteRow row) => new(row.GetString(0), row.GetString(1), row.GetString(2));

    private static StartVersion ReadVersion(SqliteRow row) =>
        new(row.GetString(0), row.GetInt32(1), row.GetNullableString(2), row.GetInt64(3));
}
