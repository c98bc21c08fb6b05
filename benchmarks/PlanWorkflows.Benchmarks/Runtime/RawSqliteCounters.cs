using Microsoft.Data.Sqlite;

namespace PlanWorkflows.Benchmarks.Runtime;

/// <summary>
/// The floor under every burst: one single-row UPDATE per write transaction (BEGIN IMMEDIATE ... COMMIT), on a file
/// with the engine's settings (WAL journal, 30 s busy timeout, synchronous NORMAL).
/// </summary>
internal sealed class RawSqliteCounters(SqliteConnection connection) : IAsyncDisposable
{
    private const int Rows = 10_000;
    private int next;

    public static async Task<RawSqliteCounters> CreateAsync(string databasePath)
    {
        var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        var counters = new RawSqliteCounters(connection);
        await counters.ExecuteAsync("PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        await counters.ExecuteAsync("CREATE TABLE Counters (Id INTEGER PRIMARY KEY, Value INTEGER NOT NULL)");
        await counters.ExecuteAsync($"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Rows}) INSERT INTO Counters SELECT i, 0 FROM n");
        return counters;
    }

    public async Task IncrementAsync()
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE Counters SET Value = Value + 1 WHERE Id = $id";
        update.Parameters.AddWithValue("$id", (next++ * 7919 % Rows) + 1);
        await update.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private async Task ExecuteAsync(string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
