using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Expressions.JavaScript;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Serialization;
using PlanWorkflows.Engine.Tests.TestSupport;
using TestDefinitions = PlanWorkflows.Engine.Tests.TestSupport.Definitions;

namespace PlanWorkflows.Engine.Tests.Runtime.Execution.Support;

/// <summary>
/// Runs bursts of one instance as the durable runtime would, but in memory: between bursts the state only survives as
/// JSON text, so every scenario proves that a burst can continue in another process from the JSON alone.
/// </summary>
internal sealed class WorkflowDriver
{
    private readonly IWorkflowExecutor _executor;
    private string _stateJson = "";

    public WorkflowDriver(ActivityRegistry? registry = null, JavaScriptOptions? javaScript = null)
    {
        var services = new ServiceCollection()
            .AddSingleton<IWorkflowStandardOutput>(Output)
            .AddSingleton(UnitOfWork)
            .BuildServiceProvider();
        _executor = new WorkflowExecutor(registry ?? TestDefinitions.Registry, Time, new SequentialIdentityGenerator(), services, javaScript);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public CapturedOutput Output { get; } = new();

    public InMemoryUnitOfWork UnitOfWork { get; } = new();

    public List<BurstResult> Bursts { get; } = [];

    public WorkflowDefinition? Definition { get; private set; }

    public WorkflowState State => JsonSerializer.Deserialize<WorkflowState>(_stateJson, ElsaJson.Options)!;

    public IEnumerable<JournalEntry> Journal => Bursts.SelectMany(burst => burst.Journal);

    public Task<BurstResult> StartAsync(WorkflowDefinition definition, JsonObject? input = null)
    {
        Definition = definition;
        var state = new WorkflowState
        {
            Id = "instance-1",
            DefinitionId = definition.DefinitionId,
            DefinitionVersionId = definition.Id,
            DefinitionVersion = definition.Version,
        };
        return RunAsync(state, new BurstTrigger.Start(input ?? []));
    }

    public Task<BurstResult> ResumeAsync(Bookmark bookmark, JsonObject? input = null) =>
        RunAsync(State, new BurstTrigger.Resume(bookmark, input ?? []));

    public Task<BurstResult> ResumeAsync(string activityId, JsonObject? input = null) =>
        ResumeAsync(State.Bookmarks.Single(bookmark => bookmark.ActivityId == activityId), input);

    public Task<BurstResult> CancelAsync() => RunAsync(State, new BurstTrigger.Cancel());

    /// <summary>Elsa's test harness: start, then while not finished resume every bookmark with the same input.</summary>
    public async Task RunUntilEndAsync(WorkflowDefinition definition, JsonObject? input = null)
    {
        await StartAsync(definition, input);
        for (var round = 0; State.Status != WorkflowStatus.Finished && State.Bookmarks.Count > 0 && round < 100; round++)
        {
            foreach (var bookmark in State.Bookmarks.ToList())
            {
                if (State.Bookmarks.Any(pending => pending.Id == bookmark.Id))
                {
                    await ResumeAsync(bookmark, input is null ? null : (JsonObject)input.DeepClone());
                }
            }
        }
    }

    private async Task<BurstResult> RunAsync(WorkflowState state, BurstTrigger trigger)
    {
        var result = await _executor.RunAsync(new BurstRequest(Definition!, state, trigger, UnitOfWork));
        _stateJson = JsonSerializer.Serialize(result.State, ElsaJson.Options);
        Bursts.Add(result);
        return result;
    }
}
