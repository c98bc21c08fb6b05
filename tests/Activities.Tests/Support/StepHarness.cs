using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanWorkflows.Activities.Escalations;
using PlanWorkflows.Activities.Persistence;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Activities.Tests.Calendar;
using PlanWorkflows.Activities.WorkItems;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Activities.Tests.Support;

/// <summary>
/// Runs one plan step burst by burst on the executor, as the durable runtime would: each burst's records are saved
/// to the engine database (a SQLite file in a temp folder), timers fire when the fake clock passes them.
/// </summary>
internal sealed class StepHarness : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("planact-steps-").FullName;
    private readonly ServiceProvider _services;
    private bool _prepared;
    private readonly IWorkflowExecutor _executor;
    private WorkflowDefinition? _definition;

    public StepHarness(DateTimeOffset now, params (string Key, string? Value)[] settings)
    {
        Time = new FakeTimeProvider(now);
        var registry = ActivityRegistry.CreateDefault().RegisterAssembly(typeof(ActivitiesAssembly).Assembly);
        var connection = ("ConnectionStrings:Default", (string?)$"Data Source={Path.Combine(_folder, "engine.db")}");
        var configuration = new DictionaryConfiguration([.. settings, connection]);
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(registry)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<IIdentityGenerator>(Identities)
            .AddSingleton<IWorkflowStandardOutput>(Outcomes)
            .AddSingleton<IEscalationNotifier>(Notifier)
            .AddEnginePersistence(configuration)
            .AddPlanActivities(configuration)
            .AddWorkflowExecution()
            .BuildServiceProvider();
        _executor = _services.GetRequiredService<IWorkflowExecutor>();
    }

    public FakeTimeProvider Time { get; }

    public SequentialIdentityGenerator Identities { get; } = new();

    public OutcomeRecorder Outcomes { get; } = new();

    public RecordingEscalationNotifier Notifier { get; } = new();

    public WorkflowState State { get; private set; } = null!;

    public IServiceProvider Services => _services;

    private IDbContextFactory<EngineDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<EngineDbContext>>();

    public IReadOnlyList<WorkItem> WorkItems
    {
        get
        {
            using var context = Contexts.CreateDbContext();
            return [.. context.Set<WorkItem>().OrderBy(item => item.UnitId).ThenBy(item => item.PeriodLabel)];
        }
    }

    public IReadOnlyList<WorkItem> OpenWorkItems => [.. WorkItems.Where(item => item.Status == WorkItemStatus.Open)];

    public IReadOnlyList<Escalation> Escalations
    {
        get
        {
            using var context = Contexts.CreateDbContext();
            return [.. context.Set<Escalation>().OrderBy(escalation => escalation.RaisedAt)];
        }
    }

    public IReadOnlyList<WorkItemAction> Actions
    {
        get
        {
            using var context = Contexts.CreateDbContext();
            return [.. context.Set<WorkItemAction>()];
        }
    }

    public async Task StartAsync(string activityType, JsonObject inputs)
    {
        await PrepareDatabaseAsync();
        _definition = StepDefinition.Of(_services.GetRequiredService<ActivityRegistry>(), Identities, activityType, inputs);
        State = await RunAsync(_definition, NewInstance("instance-1", _definition), new BurstTrigger.Start([]));
    }

    /// <summary>Runs another instance with a single step until it first waits or ends, leaving the main instance as it is.</summary>
    public async Task<WorkflowState> RunOtherAsync(string activityType, JsonObject inputs)
    {
        var definition = StepDefinition.Of(_services.GetRequiredService<ActivityRegistry>(), Identities, activityType, inputs);
        return await RunAsync(definition, NewInstance(Identities.NewId(), definition), new BurstTrigger.Start([]));
    }

    public Task DecideAsync(WorkItem item, WorkItemActionKind action, string? comment = null)
    {
        var decision = new WorkItemDecision(item.Id, action, "officer", comment, [], null);
        return ResumeAsync(State.Bookmarks.Single(bookmark => bookmark.Id == item.BookmarkId), decision.ToJson());
    }

    /// <summary>Moves the clock and fires every timer that fell due, earliest first.</summary>
    public async Task AdvanceToAsync(DateTimeOffset instant)
    {
        Time.SetUtcNow(instant);
        while (State.Bookmarks.Where(bookmark => bookmark.DueAt <= instant).OrderBy(bookmark => bookmark.DueAt).FirstOrDefault() is { } due)
        {
            await ResumeAsync(due, []);
        }
    }

    public void Dispose()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task PrepareDatabaseAsync()
    {
        if (!_prepared)
        {
            await PlanActivitiesDatabase.PrepareAsync(_services);
            _prepared = true;
        }
    }

    private static WorkflowState NewInstance(string id, WorkflowDefinition definition) =>
        new() { Id = id, DefinitionId = definition.DefinitionId, DefinitionVersionId = definition.Id };

    private async Task ResumeAsync(Bookmark bookmark, JsonObject input) =>
        State = await RunAsync(_definition!, State, new BurstTrigger.Resume(bookmark, input));

    private async Task<WorkflowState> RunAsync(WorkflowDefinition definition, WorkflowState state, BurstTrigger trigger)
    {
        await using var context = await Contexts.CreateDbContextAsync();
        var result = await _executor.RunAsync(new BurstRequest(definition, state, trigger, new DbUnitOfWork(context)));
        result.State.Incidents.Should().BeEmpty();
        await context.SaveChangesAsync();
        return result.State;
    }
}
