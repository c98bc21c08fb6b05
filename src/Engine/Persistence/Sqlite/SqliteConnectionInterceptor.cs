using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace PlanWorkflows.Engine.Persistence.Sqlite;

/// <summary>
/// Creates the database file's folder before the first connection opens it (once per connection string), and switches every connection to
/// WAL journaling (readers never block the writer) with a busy timeout (writers wait for each other) and the
/// configured <see cref="SqliteSynchronous"/> level. A pooled connection keeps its native handle and its settings, so
/// each handle is configured once, not on every open.
/// </summary>
internal sealed class SqliteConnectionInterceptor(SqliteSynchronous synchronous) : DbConnectionInterceptor
{
    private const string BusyTimeoutPragma = "PRAGMA busy_timeout = 30000;";
    private const string WalJournalPragma = "PRAGMA journal_mode = WAL;";
    private readonly string synchronousPragma = $"PRAGMA synchronous = {synchronous.ToString().ToUpperInvariant()};";
    private readonly ConditionalWeakTable<sqlite3, object> configured = new();
    private readonly ConcurrentDictionary<string, bool> foldersEnsured = new(StringComparer.Ordinal);

    public override InterceptionResult ConnectionOpening(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        EnsureFolder(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        EnsureFolder(connection);
        return ValueTask.FromResult(result);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = CreatePragmaCommand(connection);
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = CreatePragmaCommand(connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Once per connection string: every burst opens connections, and the folder does not move.</summary>
    private void EnsureFolder(DbConnection connection)
    {
        if (foldersEnsured.TryAdd(connection.ConnectionString, true))
        {
            SqliteDatabaseFolder.Ensure(connection.ConnectionString);
        }
    }

    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || configured.TryAdd(handle, handle);

    /// <summary>EF opens read-only connections to probe whether the file exists; those cannot switch the journal.</summary>
    private static bool IsReadOnly(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly;

    private DbCommand CreatePragmaCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = IsReadOnly(connection)
            ? BusyTimeoutPragma
            : BusyTimeoutPragma + WalJournalPragma + synchronousPragma;
        return command;
    }
}
