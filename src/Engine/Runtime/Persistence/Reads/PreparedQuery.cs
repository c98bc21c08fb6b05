using System.Data.Common;

namespace PlanWorkflows.Engine.Runtime.Persistence.Reads;

/// <summary>
/// A query prepared once on a long-lived read connection and run many times with new parameter values, outside any
/// transaction: the statement is compiled once, not on every burst.
/// </summary>
internal sealed class PreparedQuery : IDisposable
{
    private readonly DbCommand command;
    private readonly DbParameter[] parameters;

    public PreparedQuery(DbConnection connection, string sql, int parameterCount)
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

    /// <summary>True when the query returns at least one row.</summary>
    public bool Exists(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        using var reader = command.ExecuteReader();
        return reader.Read();
    }

    /// <summary>Runs the query and maps each row.</summary>
    public List<TRow> Query<TRow>(Func<DbDataReader, TRow> map, params ReadOnlySpan<object?> values)
    {
        Bind(values);
        using var reader = command.ExecuteReader();
        var rows = new List<TRow>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public void Dispose() => command.Dispose();

    private void Bind(ReadOnlySpan<object?> values)
    {
        for (var index = 0; index < values.Length; index++)
        {
            parameters[index].Value = values[index] ?? DBNull.Value;
        }
    }
}
