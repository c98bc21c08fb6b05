using System.Data.Common;

namespace PlanWorkflows.Engine.Runtime.Persistence.Rows;

/// <summary>
/// A command prepared once on a long-lived connection and executed many times with new parameter values: the
/// statement is compiled once, not on every burst.
/// </summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly DbCommand command;
    private readonly DbParameter[] parameters;

    public PreparedCommand(DbConnection connection, string sql, int parameterCount)
    {
        command = connection.CreateCommand();
        command.CommandText = sql;
        parameters = new DbParameter[parameterCount];
        for (var index = 0; index < parameterCount; index++)
        {
            parameters[index] = command.CreateParameter();
            parameters[index].ParameterName = $"@p{index}";
            command.Parameters.Add(parameters[index]);
        }
    }

    public PreparedCommand(DbConnection connection, RowStatement statement)
        : this(connection, statement.Sql, statement.Parameters.Count)
    {
    }

    /// <summary>Runs the statement with the given parameter values; returns the number of rows changed.</summary>
    public int Execute(DbTransaction? transaction, params ReadOnlySpan<object?> values)
    {
        Bind(transaction, values);
        return command.ExecuteNonQuery();
    }

    /// <summary>True when the query returns at least one row.</summary>
    public bool Exists(DbTransaction? transaction, params ReadOnlySpan<object?> values)
    {
        Bind(transaction, values);
        using var reader = command.ExecuteReader();
        return reader.Read();
    }

    /// <summary>Runs the query and maps each row.</summary>
    public List<TRow> Query<TRow>(DbTransaction? transaction, Func<DbDataReader, TRow> map, params ReadOnlySpan<object?> values)
    {
        Bind(transaction, values);
        using var reader = command.ExecuteReader();
        var rows = new List<TRow>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public void Dispose() => command.Dispose();

    private void Bind(DbTransaction? transaction, ReadOnlySpan<object?> values)
    {
        command.Transaction = transaction;
        for (var index = 0; index < values.Length; index++)
        {
            parameters[index].Value = values[index] ?? DBNull.Value;
        }
    }
}
