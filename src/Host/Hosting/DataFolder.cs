using System.Data.Common;

namespace PlanWorkflows.Host.Hosting;

/// <summary>
/// Where the Host keeps its files: the folder of <c>ConnectionStrings:Default</c>'s SQLite Data Source, a relative
/// path being resolved against the content root (not the working directory), <c>data/</c> by default.
/// </summary>
internal static class DataFolder
{
    public const string ConnectionStringName = "Default";

    private const string DefaultDataSource = "data/planworkflows.db";

    private static readonly string[] DataSourceKeys = ["Data Source", "DataSource", "Filename"];

    /// <summary>The connection string with its Data Source made absolute; in-memory databases are left as they are.</summary>
    public static string ResolveConnectionString(string? connectionString, string contentRootPath)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString ?? string.Empty };
        var key = DataSourceKeys.FirstOrDefault(builder.ContainsKey) ?? DataSourceKeys[0];
        var dataSource = builder.TryGetValue(key, out var value) ? value as string : null;
        if (IsInMemory(dataSource))
        {
            return builder.ConnectionString;
        }

        builder[key] = Path.GetFullPath(Path.Combine(contentRootPath, string.IsNullOrWhiteSpace(dataSource) ? DefaultDataSource : dataSource));
        return builder.ConnectionString;
    }

    public static string Resolve(string? connectionString, string contentRootPath)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = ResolveConnectionString(connectionString, contentRootPath) };
        var dataSource = DataSourceKeys.Select(key => builder.TryGetValue(key, out var value) ? value as string : null)
            .FirstOrDefault(value => !IsInMemory(value));
        return dataSource is null
            ? Path.GetFullPath(Path.Combine(contentRootPath, Path.GetDirectoryName(DefaultDataSource)!))
            : Path.GetDirectoryName(dataSource)!;
    }

    private static bool IsInMemory(string? dataSource) =>
        dataSource == ":memory:" || (dataSource?.StartsWith("file::memory:", StringComparison.Ordinal) ?? false);
}
