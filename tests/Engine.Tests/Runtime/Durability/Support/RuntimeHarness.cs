using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.Model;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Stimuli;
using PlanWorkflows.Engine.Runtime.Timers;
using PlanWorkflows.Engine.Tests.Persistence;

namespace PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

/// <summary>
/// The durable runtime on a real SQLite file in a temp folder, with a fake clock and the scripted executor. Each
/// "node" is an independent service provider on the same file, as another process or host would be.
/// </summary>
internal sealed class RuntimeHarness : IAsyncDisposable
{
    private readonly string rootFolder = Path.Combine(Path.GetTempPath(), "planworkflows-tests", Guid.NewGuid().ToString("N"));
    private readonly List<ServiceProvider> nodes = [];
    private readonly IReadOnlyDictionary<string, string?> settings;

    private readonly HarnessExecutor executorKind;

    private RuntimeHarness(HarnessExecutor executorKind, IReadOnlyDictionary<string, string?> extraSettings)
    {
        this.executorKind = executorKind;
        Executor = new ScriptedExecutor(Clock);
        settings = extraSettings
            .Append(KeyValuePair.Create("ConnectionStrings:Default", (string?)$"Data Source={DatabasePath}"))
            .ToDictionary(StringComparer.OrdinalIgnoreCase);
        Services = StartNode();
    }

    public string DatabasePath => Path.Combine(rootFolder, "data", "engine.db");
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero));
    public ScriptedExecutor Executor { get; }

    /// <summary>What <c>Elsa.WriteLine</c> wrote, on every node, in order.</summary>
    public ConcurrentQueue<string> Output { get; } = new();
    public ServiceProvider Services { get; private set; }
    public IWorkflowRuntime Runtime => Services.GetRequiredService<IWorkflowRuntime>();
    public TimerScheduler Timers => Services.GetRequiredService<TimerScheduler>();
    public StimulusQueueSweeper Sweeper => Services.GetRequiredService<StimulusQueueSweeper>();

    public static Task<RuntimeHarness> CreateAsync(params (string Key, string? Value)[] extraSettings) =>
        CreateAsync(HarnessExecutor.Scripted, extraSettings);

    public static async Task<RuntimeHarness> CreateAsync(HarnessExecutor executor, params (string Key, string? Value)[] extraSettings)
    {
        var harness = new RuntimeHarness(executor, TestDatabase.Settings(extraSettings));
        await EngineDatabase.MigrateAsync(harness.Services);
        return harness;
    }

    /// <summary>Another node on the same database file; <paramref name="configure"/> adds to its services.</summary>
    public ServiceProvider StartNode(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IWorkflowStandardOutput>(new CapturedOutput(Output));
        if (executorKind == HarnessExecutor.Scripted)
        {
            services.AddSingleton<IWorkflowExecutor>(Executor);
        }

        services.AddWorkflowRuntime(InMemoryConfiguration.From(settings));
        configure?.Invoke(services);
        var node = services.BuildServiceProvider();
        nodes.Add(node);
        return node;
    }

    /// <summary>A node whose model includes the test assembly's entities, with their table created beside the engine's.</summary>
    public async Task<ServiceProvider> StartNodeWithWorkItemsAsync()
    {
        await using (var context = await Services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync())
        {
            await context.Database.ExecuteSqlRawAsync(TestWorkItem.CreateTableSql);
        }

        return StartNode(services => services.AddEngineEntities(typeof(TestWorkItem).Assembly));
    }

    /// <summary>Disposes the current node (a process stop) and starts a fresh one on the same file.</summary>
    public async Task RestartAsync()
    {
        await Services.DisposeAsync();
        nodes.Remove(Services);
        Services = StartNode();
    }

    /// <summary>Publishes an empty flowchart named for the scripted executor's workflow.</summary>
    public Task<string> PublishAsync(string workflowName) => PublishJsonAsync(
        workflowName, $$$"""{"name":"{{{workflowName}}}","root":{"type":"Elsa.Flowchart","id":"flowchart","activities":[]}}""");

    public async Task<string> PublishJsonAsync(string name, string json)
    {
        var store = Services.GetRequiredService<IWorkflowDefinitionStore>();
        var draft = await store.SaveDraftAsync(new WorkflowDefinitionDraft { Name = name, Data = json });
        await store.PublishAsync(draft.DefinitionId);
        return draft.DefinitionId;
    }

    private sealed class CapturedOutput(ConcurrentQueue<string> lines) : IWorkflowStandardOutput
    {
        public void WriteLine(string text) => lines.Enqueue(text);
    }

    public async Task<T> QueryAsync<T>(Func<EngineDbContext, Task<T>> query)
    {
        await using var context = await Services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();
        return await query(context);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(rootFolder))
        {
            Directory.Delete(rootFolder, recursive: true);
        }
    }
}
