using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Instances;

namespace PlanWorkflows.Benchmarks.Runtime;

/// <summary>
/// The durable runtime with the engine's executor on one SQLite file, the benchmarked workflow published. Instance
/// <c>n</c> has the id <see cref="SuspendedInstanceSeeder.InstanceId"/>(n), which doubles as its correlation id.
/// </summary>
internal sealed class BenchmarkRuntime : IAsyncDisposable
{
    private const int Parallelism = 64;
    private readonly ServiceProvider services;
    private readonly IWorkflowRuntime runtime;
    private readonly string definitionId;

    private BenchmarkRuntime(ServiceProvider services, string definitionId)
    {
        this.services = services;
        this.definitionId = definitionId;
        runtime = services.GetRequiredService<IWorkflowRuntime>();
    }

    public static async Task<BenchmarkRuntime> CreateAsync(string databasePath)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = $"Data Source={databasePath}" })
            .Build();
        var services = new ServiceCollection().AddLogging().AddWorkflowRuntime(configuration).BuildServiceProvider();
        await EngineDatabase.MigrateAsync(services);
        var store = services.GetRequiredService<IWorkflowDefinitionStore>();
        var draft = await store.SaveDraftAsync(new WorkflowDefinitionDraft { Name = "two-human-steps", Data = TwoHumanSteps.Json });
        await store.PublishAsync(draft.DefinitionId);
        return new BenchmarkRuntime(services, draft.DefinitionId);
    }

    /// <summary>Starts the instances, 64 at a time, each to its first bookmark.</summary>
    public Task StartAsync(IEnumerable<int> indexes) => RunParallelAsync(indexes, async index =>
    {
        var instanceId = SuspendedInstanceSeeder.InstanceId(index);
        Expect(RuntimeOutcome.Started, await runtime.StartAsync(definitionId, new StartOptions { InstanceId = instanceId, CorrelationId = instanceId }));
    });

    /// <summary>Resumes the first step of the instances, 64 at a time, by event name and correlation id.</summary>
    public Task ResumeFirstStepAsync(IEnumerable<int> indexes) => RunParallelAsync(indexes, async index =>
        Expect(
            RuntimeOutcome.Resumed,
            await runtime.PublishEventAsync(TwoHumanSteps.FirstStep, correlationId: SuspendedInstanceSeeder.InstanceId(index))));

    public ValueTask DisposeAsync() => services.DisposeAsync();

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
