using Microsoft.Data.Sqlite;

namespace PlanWorkflows.Engine.Persistence.Sqlite;

/// <summary>The folder that holds a file-based SQLite database (<c>data/</c> by default).</summary>
internal static class SqliteDatabaseFolder
{
    private const string InMemoryDataSource = ":memory:";

    public static void Ensure(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory
            || string.IsNullOrWhiteSpace(builder.DataSource)
            || builder.DataSource == InMemoryDataSource)
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
