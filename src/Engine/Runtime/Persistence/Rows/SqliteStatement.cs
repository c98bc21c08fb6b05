using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PlanWorkflows.Engine.Runtime.Persistence.Rows;

/// <summary>
/// A statement compiled once on a long-lived connection and stepped many times, binding its values by position:
/// without Microsoft.Data.Sqlite's per-execution lookup of every parameter by name and its data reader, which cost
/// more than SQLite's own work on a small row. It runs in whatever transaction the connection has open (or in its own
/// read transaction, ended when the statement is reset after each use).
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;
    private readonly SqliteRow row;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        ThrowOnError(raw.sqlite3_prepare_v2(database, sql, out statement));
        row = new SqliteRow(statement);
    }

    /// <summary>Runs the statement; returns the number of rows it changed.</summary>
    /// <exception cref="SqliteException">SQLite refused it (a constraint, a locked or broken database).</exception>
    public int Execute(params ReadOnlySpan<object?> values)
    {
        Step(values);
        return raw.sqlite3_changes(database);
    }

    /// <summary>True when the query returns at least one row.</summary>
    public bool Exists(params ReadOnlySpan<object?> values) => Step(values) == raw.SQLITE_ROW;

    /// <summary>Runs the query and maps each row.</summary>
    public List<TRow> Query<TRow>(Func<SqliteRow, TRow> map, params ReadOnlySpan<object?> values)
    {
        var rows = new List<TRow>();
        try
        {
            BindAll(values);
            int result;
            while ((result = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                rows.Add(map(row));
            }

            ThrowUnlessDone(result);
            return rows;
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    public void Dispose() => statement.Dispose();

    private int Step(ReadOnlySpan<object?> values)
    {
        try
        {
            BindAll(values);
            var result = raw.sqlite3_step(statement);
            if (result != raw.SQLITE_ROW)
            {
                ThrowUnlessDone(result);
            }

            return result;
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    private void BindAll(ReadOnlySpan<object?> values)
    {
        for (var index = 0; index < values.Length; index++)
        {
            ThrowOnError(Bind(index + 1, values[index]));
        }
    }

    /// <summary>The provider values the EF model's converters produce (text, integers, flags, nulls).</summary>
    private int Bind(int position, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(statement, position),
        string text => raw.sqlite3_bind_text(statement, position, text),
        long number => raw.sqlite3_bind_int64(statement, position, number),
        int number => raw.sqlite3_bind_int(statement, position, number),
        bool flag => raw.sqlite3_bind_int(statement, position, flag ? 1 : 0),
        double number => raw.sqlite3_bind_double(statement, position, number),
        byte[] bytes => raw.sqlite3_bind_blob(statement, position, bytes),
        _ => throw new NotSupportedException($"A burst statement cannot bind a {value.GetType().Name}."),
    };

    private void ThrowUnlessDone(int result)
    {
        if (result != raw.SQLITE_DONE)
        {
            ThrowOnError(result);
        }
    }

    private void ThrowOnError(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(database).utf8_to_string(), result, raw.sqlite3_extended_errcode(database));
        }
    }
}
