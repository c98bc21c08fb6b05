using Microsoft.Data.Sqlite;

namespace PlanWorkflows.Benchmarks.Runtime;

/// <summary>
/// Grows the database to a large size quickly: clones a suspended template instance (its row, bookmark and burst
/// records) under new ids with plain SQL, so the large measurements run against full tables and indexes without
/// spending the run on starts. Each clone's correlation id is its instance id, as for every instance the benchmark
/// starts. Its burst records are copied as they are (their lines and executions hold no instance id), so its
/// activity executions keep the template's ids, and only the template's can be found by id.
/// </summary>
internal static class SuspendedInstanceSeeder
{
    private const string NewId = "printf('%016x', n.i)";

    private static readonly (string Table, string InstanceColumn, Dictionary<string, string> Clone)[] Tables =
    [
        ("WorkflowInstances", "Id", new()
        {
            ["Id"] = NewId,
            ["CorrelationId"] = NewId,
            ["State"] = $"replace(replace(State, $template, {NewId}), $bookmark, $bookmark || {NewId})",
        }),
        ("Bookmarks", "WorkflowInstanceId", new() { ["Id"] = $"Id || {NewId}", ["WorkflowInstanceId"] = NewId, ["CorrelationId"] = NewId }),
        ("BurstRecords", "WorkflowInstanceId", new() { ["WorkflowInstanceId"] = NewId }),
    ];

    public static string InstanceId(int index) => index.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Clones the instance <paramref name="templateIndex"/> as the instances <paramref name="first"/>..<paramref name="last"/>.</summary>
    public static async Task CloneAsync(string databasePath, int templateIndex, int first, int last)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var template = InstanceId(templateIndex);
        var bookmark = await ScalarAsync(connection, transaction, "SELECT Id FROM Bookmarks WHERE WorkflowInstanceId = $template", template);
        foreach (var (table, instanceColumn, clone) in Tables)
        {
            var columns = await ColumnsAsync(connection, transaction, table);
            var values = columns.Select(column => clone.GetValueOrDefault(column, $"\"{column}\""));
            await using var command = Command(connection, transaction,
                "WITH RECURSIVE n(i) AS (SELECT $first UNION ALL SELECT i + 1 FROM n WHERE i < $last) " +
                $"INSERT INTO {table} ({string.Join(", ", columns.Select(column => $"\"{column}\""))}) " +
                // CROSS JOIN keeps the template's rows the outer loop: the bookmark table has no index by instance.
                $"SELECT {string.Join(", ", values)} FROM {table} CROSS JOIN n WHERE {instanceColumn} = $template",
                template);
            command.Parameters.AddWithValue("$first", first);
            command.Parameters.AddWithValue("$last", last);
            command.Parameters.AddWithValue("$bookmark", bookmark);
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task<List<string>> ColumnsAsync(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        await using var command = Command(connection, transaction, $"SELECT name FROM pragma_table_info('{table}')", template: null);
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, string template)
    {
        await using var command = Command(connection, transaction, sql, template);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, string? template)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (template is not null)
        {
            command.Parameters.AddWithValue("$template", template);
        }

        return command;
    }
}
