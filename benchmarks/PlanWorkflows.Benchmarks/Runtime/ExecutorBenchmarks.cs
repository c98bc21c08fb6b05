using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Persistence;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Serialization;

namespace PlanWorkflows.Benchmarks.Runtime;

/// <summary>
/// The executor's CPU per burst of the two-human-step workflow, without persistence: a start to the first bookmark
/// and a resume from the first to the second bookmark, each with the state serialized as the runtime stores it.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ExecutorBenchmarks
{
    private readonly NoOpUnitOfWork unitOfWork = new();
    private IWorkflowExecutor executor = null!;
    private WorkflowDefinition definition = null!;
    private string suspendedJson = string.Empty;
    private Bookmark firstStep = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var registry = ActivityRegistry.CreateDefault();
        var identities = new TimeOrderedIdentityGenerator(TimeProvider.System);
        definition = new WorkflowDefinitionSerializer(registry, identities).Read(TwoHumanSteps.Json).Definition;
        executor = new WorkflowExecutor(registry, TimeProvider.System, identities, new ServiceCollection().BuildServiceProvider());
        var started = await RunAsync(NewState(), new BurstTrigger.Start([]));
        suspendedJson = RuntimeJson.Serialize(started.State);
        firstStep = started.CreatedBookmarks.Single();
    }

    [Benchmark(Description = "Start burst + serialize")]
    public async Task<string> StartBurst()
    {
        var result = await RunAsync(NewState(), new BurstTrigger.Start([]));
        return RuntimeJson.Serialize(result.State);
    }

    [Benchmark(Description = "Deserialize + resume burst + serialize")]
    public async Task<string> ResumeBurst()
    {
        var state = RuntimeJson.DeserializeState(suspendedJson);
        var result = await RunAsync(state, new BurstTrigger.Resume(firstStep, []));
        return RuntimeJson.Serialize(result.State);
    }

    [Benchmark(Description = "State round trip")]
    public string StateRoundTrip() => RuntimeJson.Serialize(RuntimeJson.DeserializeState(suspendedJson));

    private ValueTask<BurstResult> RunAsync(WorkflowState state, BurstTrigger trigger) =>
        executor.RunAsync(new BurstRequest(definition, state, trigger, unitOfWork));

    private WorkflowState NewState() => new()
    {
        Id = "0123456789abcdef",
        DefinitionId = definition.DefinitionId,
        DefinitionVersionId = definition.Id,
        DefinitionVersion = definition.Version,
        Name = definition.Name,
    };

    private sealed class NoOpUnitOfWork : IBurstUnitOfWork
    {
        public void Add<TEntity>(TEntity entity)
            where TEntity : class
        {
        }

        public IQueryable<TEntity> Query<TEntity>()
            where TEntity : class => Enumerable.Empty<TEntity>().AsQueryable();
    }
}
