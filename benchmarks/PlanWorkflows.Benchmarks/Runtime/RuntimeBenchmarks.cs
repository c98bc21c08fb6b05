using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Instances;

namespace PlanWorkflows.Benchmarks.Runtime;

/// <summary>
/// The durable runtime on SQLite with the engine's executor, at 10k and 100k suspended instances of a two-human-step
/// workflow: starts to the first bookmark and resumes by event (each call one burst; 64 callers at once, so bursts
/// share group commits), against one single-row UPDATE per transaction on a file with the same settings. The first
/// 1,000 instances are started through the runtime; the rest are clones of a suspended one.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class RuntimeBenchmarks
{
    private const int Batch = 1_000;
    private const int Parallelism = 64;
    private const int StartedInstances = 1_000;
    private const int ResumeStride = 7_919;

    private string folder = string.Empty;
    private ServiceProvider services = null!;
    private IWorkflowRuntime runtime = null!;
    private RawSqliteCounters raw = null!;
    private string definitionId = string.Empty;
    private int resumed;
    private int started;

    [Params(10_000, 100_000)]
    public int Instances { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        folder = Directory.CreateTempSubdirectory("planworkflows-runtime-benchmark-").FullName;
        raw = await RawSqliteCounters.CreateAsync(Path.Combine(folder, "raw.db"));
        var databasePath = Path.Combine(folder, "engine.db");
        services = BuildServices(databasePath);
        await EngineDatabase.MigrateAsync(services);
        runtime = services.GetRequiredService<IWorkflowRuntime>();
        definitionId = await PublishAsync();
        await RunParallelAsync(Enumerable.Range(0, StartedInstances), StartAsync);
        await SuspendedInstanceSeeder.CloneAsync(databasePath, StartedInstances - 1, StartedInstances, Instances - 1);
        started = Instances;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch, Description = "Raw single-row UPDATE transaction")]
    public async Task RawUpdate()
    {
        for (var operation = 0; operation < Batch; operation++)
        {
            await raw.IncrementAsync();
        }
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "Start to first bookmark")]
    public Task Start() => RunParallelAsync(Enumerable.Range(Interlocked.Add(ref started, Batch) - Batch, Batch), StartAsync);

    /// <summary>Resumes the first step of instances spread over the whole table, each once.</summary>
    [Benchmark(OperationsPerInvoke = Batch, Description = "Resume by event")]
    public Task Resume() => RunParallelAsync(
        Enumerable.Range(Interlocked.Add(ref resumed, Batch) - Batch, Batch).Select(order => (int)((long)order * ResumeStride % Instances)),
        async index => Expect(
            RuntimeOutcome.Resumed,
            await runtime.PublishEventAsync(TwoHumanSteps.FirstStep, correlationId: SuspendedInstanceSeeder.InstanceId(index))));

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        Console.WriteLine($"// Peak working set with {Instances:N0} instances: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB");
        await services.DisposeAsync();
        await raw.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static ServiceProvider BuildServices(string databasePath)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = $"Data Source={databasePath}" })
            .Build();
        return new ServiceCollection().AddLogging().AddWorkflowRuntime(configuration).BuildServiceProvider();
    }

    private async Task<string> PublishAsync()
    {
        var store = services.GetRequiredService<IWorkflowDefinitionStore>();
        var draft = await store.SaveDraftAsync(new WorkflowDefinitionDraft { Name = "two-human-steps", Data = TwoHumanSteps.Json });
        await store.PublishAsync(draft.DefinitionId);
        return draft.DefinitionId;
    }

    /// <summary>The instance id doubles as its correlation id, which the resumes match on.</summary>
    private async Task StartAsync(int index)
    {
        var instanceId = SuspendedInstanceSeeder.InstanceId(index);
        Expect(RuntimeOutcome.Started, await runtime.StartAsync(definitionId, new StartOptions { InstanceId = instanceId, CorrelationId = instanceId }));
    }

    /// <summary>A burst that did not happen must not count as a fast one.</summary>
    private static void Expect(RuntimeOutcome expected, WorkflowRuntimeResult result)
    {
        if (result.Outcome != expected)
        {
            throw new InvalidOperationException($"Expected {expected}, got {result.Outcome}.");
        }
    }

    private static Task RunParallelAsync(IEnumerable<int> indexes, Func<int, Task> operation) =>
        Parallel.ForEachAsync(indexes, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (index, _) => await operation(index));
}
