using SQLitePCL;

namespace PlanWorkflows.Engine.Runtime.Persistence.Rows;

/// <summary>The current row of a <see cref="SqliteStatement"/> query, read by column position.</summary>
internal sealed class SqliteRow(sqlite3_stmt statement)
{
    public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    public string GetString(int column) => raw.sqlite3_column_text(statement, column).utf8_to_string();

    public string? GetNullableString(int column) => IsNull(column) ? null : GetString(column);

    public long GetInt64(int column) => raw.sqlite3_column_int64(statement, column);

    public int GetInt32(int column) => raw.sqlite3_column_int(statement, column);
}
