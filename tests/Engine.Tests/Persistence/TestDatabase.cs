using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Engine.Tests.Persistence;

/// <summary>A real SQLite file in a fresh temp folder, registered through <c>AddEnginePersistence</c>.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private TestDatabase(string rootFolder)
    {
        RootFolder = rootFolder;
        DatabasePath = Path.Combine(rootFolder, "data", "engine.db");
        services = CreateServices(ConnectionString, Clock);
    }

    public string RootFolder { get; }
    public string DatabasePath { get; }
    public string ConnectionString => $"Data Source={DatabasePath}";
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero));
    public IServiceProvider Services => services;
    public IWorkflowDefinitionStore Definitions => services.GetRequiredService<IWorkflowDefinitionStore>();

    /// <summary>A database whose folder and file do not exist yet.</summary>
    public static TestDatabase CreateUnmigrated() =>
        new(Path.Combine(Path.GetTempPath(), "planworkflows-tests", Guid.NewGuid().ToString("N")));

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = CreateUnmigrated();
        await EngineDatabase.MigrateAsync(database.Services);
        return database;
    }

    public static IReadOnlyDictionary<string, string?> Settings(params (string Key, string? Value)[] values) =>
        values.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(RootFolder))
        {
            Directory.Delete(RootFolder, recursive: true);
        }
    }

    /// <summary>A second, independent set of services on the same database file (another process start).</summary>
    public static ServiceProvider CreateServices(string connectionString, TimeProvider clock)
    {
        var configuration = InMemoryConfiguration.From(Settings(("ConnectionStrings:Default", connectionString)));
        return new ServiceCollection()
            .AddSingleton(clock)
            .AddEnginePersistence(configuration)
            .BuildServiceProvider();
    }
}
