using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Instances.Bursts;

namespace PlanWorkflows.Engine.Runtime.Persistence.Reads;

/// <summary>
/// An open connection with the queries that prepare bursts, each prepared on first use and reused: the reads of the
/// runtime's hot path, without a DbContext per call. Rented from <see cref="ReadSessions"/>, used by one caller at a time.
/// </summary>
internal sealed class ReadSession : IDisposable
{
    private readonly EngineDbContext context;
    private readonly DbConnection connection;
    private readonly ReadSql sql;
    private readonly Dictionary<string, PreparedQuery> commands = new(StringComparer.Ordinal);

    private ReadSession(EngineDbContext context, ReadSql sql)
    {
        this.context = context;
        this.sql = sql;
        connection = context.Database.GetDbConnection();
    }

    public static ReadSession Open(IDbContextFactory<EngineDbContext> contextFactory, ReadSql sql)
    {
        var context = contextFactory.CreateDbContext();
        context.Database.OpenConnection();
        return new ReadSession(context, sql);
    }

    public StoredInstance? FindInstance(string id) =>
        Command(sql.Instance, 1).Query(StoredInstance.Read, id).FirstOrDefault();

    public BookmarkReference? FindBookmark(string id) =>
        Command(sql.BookmarkById, 1).Query(ReadBookmark, id).FirstOrDefault();

    /// <summary>The bookmarks a stimulus resumes: equal hash, and the correlation and instance filters when given.</summary>
    public List<BookmarkReference> MatchBookmarks(string hash, string? correlationId, string? workflowInstanceId)
    {
        var command = Command(sql.MatchingBookmarks(correlationId is not null, workflowInstanceId is not null), 1 + Count(correlationId, workflowInstanceId));
        return (correlationId, workflowInstanceId) switch
        {
            (null, null) => command.Query(ReadBookmark, hash),
            ({ } correlation, null) => command.Query(ReadBookmark, hash, correlation),
            (null, { } instance) => command.Query(ReadBookmark, hash, instance),
            ({ } correlation, { } instance) => command.Query(ReadBookmark, hash, correlation, instance),
        };
    }

    public bool WasApplied(string workflowInstanceId, string idempotencyKey) =>
        Command(sql.AppliedKey, 2).Exists(workflowInstanceId, idempotencyKey);

    public bool IsQueued(string queuedStimulusId) => Command(sql.QueuedById, 1).Exists(queuedStimulusId);

    /// <summary>The definition version a start runs, or null when the definition has no such version.</summary>
    public WorkflowDefinitionVersion? FindStartVersion(string definitionId, StartOptions options)
    {
        var selection = options.DefinitionVersionId is null ? options.VersionOptions.Selection : (VersionSelection?)null;
        var text = sql.StartVersion(selection);
        var rows = selection switch
        {
            null => Command(text, 2).Query(reader => ReadVersion(reader, definitionId), definitionId, options.DefinitionVersionId),
            VersionSelection.SpecificVersion => Command(text, 2).Query(reader => ReadVersion(reader, definitionId), definitionId, options.VersionOptions.Version),
            _ => Command(text, 1).Query(reader => ReadVersion(reader, definitionId), definitionId),
        };
        return rows.FirstOrDefault();
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        context.Database.CloseConnection();
        context.Dispose();
    }

    private PreparedQuery Command(string text, int parameterCount)
    {
        if (!commands.TryGetValue(text, out var command))
        {
            command = new PreparedQuery(connection, text, parameterCount);
            commands[text] = command;
        }

        return command;
    }

    private static int Count(params ReadOnlySpan<string?> filters)
    {
        var count = 0;
        foreach (var filter in filters)
        {
            count += filter is null ? 0 : 1;
        }

        return count;
    }

    private static BookmarkReference ReadBookmark(DbDataReader reader) => new(reader.GetString(0), reader.GetString(1), reader.GetString(2));

    private static WorkflowDefinitionVersion ReadVersion(DbDataReader reader, string definitionId) => new()
    {
        Id = reader.GetString(0),
        DefinitionId = definitionId,
        Version = reader.GetInt32(1),
        Name = reader.IsDBNull(2) ? null : reader.GetString(2),
        Data = reader.GetString(3),
    };
}
