using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace PlanWorkflows.Engine.Benchmarks.Runtime;

/// <summary>
/// The floor under every burst: one single-row UPDATE per write transaction (BEGIN IMMEDIATE ... COMMIT), on a
/// file with the engine's settings (WAL journal, 30 s busy timeout, default synchronous).
/// </summary>
internal static class RawSqliteBaseline
{
    private const int Rows = 10_000;

    public static async Task<double> UpdatesPerSecondAsync(string databasePath, int transactions)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL;");
        await ExecuteAsync(connection, "CREATE TABLE Counters (Id INTEGER PRIMARY KEY, Value INTEGER NOT NULL, State TEXT NOT NULL)");
        await ExecuteAsync(connection, $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Rows}) INSERT INTO Counters SELECT i, 0, '{{}}' FROM n");

        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE Counters SET Value = Value + 1 WHERE Id = $id";
        var id = update.Parameters.Add("$id", SqliteType.Integer);
        var stopwatch = Stopwatch.StartNew();
        for (var index = 0; index < transactions; index++)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            update.Transaction = transaction;
            id.Value = (index * 7919 % Rows) + 1;
            await update.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        return transactions / stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
