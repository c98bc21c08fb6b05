using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Tests.Persistence;
using PlanWorkflows.Engine.Tests.TestSupport;

namespace PlanWorkflows.Engine.Tests.Management;

/// <summary>Each test gets the definition service over its own migrated SQLite file in a temp folder.</summary>
public abstract class DefinitionServiceTestBase : IAsyncLifetime
{
    private readonly string _rootFolder = Path.Combine(Path.GetTempPath(), "planworkflows-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    internal FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero));

    internal IServiceProvider Services => _services ?? throw new InvalidOperationException("Created in InitializeAsync.");

    internal IWorkflowDefinitionService Service => Services.GetRequiredService<IWorkflowDefinitionService>();

    internal IWorkflowDefinitionStore Store => Services.GetRequiredService<IWorkflowDefinitionStore>();

    public async Task InitializeAsync()
    {
        var configuration = InMemoryConfiguration.From(TestDatabase.Settings(
            ("ConnectionStrings:Default", $"Data Source={Path.Combine(_rootFolder, "engine.db")}")));
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddEnginePersistence(configuration)
            .AddWorkflowDefinitions()
            .BuildServiceProvider();
        await EngineDatabase.MigrateAsync(_services);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_rootFolder))
        {
            Directory.Delete(_rootFolder, recursive: true);
        }
    }

    /// <summary>The model Studio posted after an activity was dragged onto the canvas (shared/reference).</summary>
    internal static JsonObject RecordedStudioModel() =>
        JsonNode.Parse(File.ReadAllText(SharedReference.Path("elsa-studio", "save-request-after-drag.json")))!["model"]!.AsObject();

    /// <summary>A new definition as Studio's "Create workflow" sends it: no ids, an empty flowchart.</summary>
    internal static JsonObject NewModel(string name) => new()
    {
        ["definitionId"] = null,
        ["name"] = name,
        ["toolVersion"] = "3.8.0.0",
        ["root"] = new JsonObject { ["id"] = "root", ["type"] = "Elsa.Flowchart", ["version"] = 1, ["name"] = "Flowchart1" },
        ["createdAt"] = "0001-01-01T00:00:00+00:00",
        ["id"] = null,
    };

    internal async Task<string> CreateAsync(string name, bool publish = false)
    {
        var saved = await Service.SaveAsync(new WorkflowDefinitionSave { Model = NewModel(name), Publish = publish });
        return saved.Definition.DefinitionId;
    }
}
