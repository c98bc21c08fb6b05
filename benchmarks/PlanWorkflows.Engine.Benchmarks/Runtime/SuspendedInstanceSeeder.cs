using Microsoft.Data.Sqlite;

namespace PlanWorkflows.Engine.Benchmarks.Runtime;

/// <summary>
/// Grows the database to the large size quickly: clones a suspended template instance (its row, bookmark, journal
/// lines and activity execution) under new ids with plain SQL, so the large measurements run against full tables
/// without spending the run on starts.
/// </summary>
internal static class SuspendedInstanceSeeder
{
    private const string NewId = "printf('%016x', n.i)";

    private static readonly (string Table, string InstanceColumn, Dictionary<string, string> Clone)[] Tables =
    [
        ("WorkflowInstances", "Id", new() { ["Id"] = NewId, ["State"] = $"replace(State, $template, {NewId})" }),
        ("Bookmarks", "WorkflowInstanceId", new()
        {
            ["Id"] = $"replace(Id, $template, {NewId})",
            ["WorkflowInstanceId"] = NewId,
            ["Hash"] = $"replace(Hash, $template, {NewId})",
        }),
        ("JournalRecords", "WorkflowInstanceId", new() { ["Id"] = $"Id || {NewId}", ["WorkflowInstanceId"] = NewId }),
        ("ActivityExecutions", "WorkflowInstanceId", new() { ["Id"] = $"replace(Id, $template, {NewId})", ["WorkflowInstanceId"] = NewId }),
    ];

    public static async Task CloneAsync(string databasePath, string templateInstanceId, int first, int last)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        foreach (var (table, instanceColumn, clone) in Tables)
        {
            var columns = await ColumnsAsync(connection, transaction, table);
            var values = columns.Select(column => clone.GetValueOrDefault(column, $"\"{column}\""));
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText =
                "WITH RECURSIVE n(i) AS (SELECT $first UNION ALL SELECT i + 1 FROM n WHERE i < $last) " +
                $"INSERT INTO {table} ({string.Join(", ", columns.Select(column => $"\"{column}\""))}) " +
                $"SELECT {string.Join(", ", values)} FROM n, {table} WHERE {instanceColumn} = $template";
            command.Parameters.AddWithValue("$first", first);
            command.Parameters.AddWithValue("$last", last);
            command.Parameters.AddWithValue("$template", templateInstanceId);
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task<List<string>> ColumnsAsync(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }
}
