using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanWorkflows.Activities.Escalations;
using PlanWorkflows.Activities.Organization.Persistence;
using PlanWorkflows.Activities.Persistence;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Activities.Tests.Calendar;
using PlanWorkflows.Activities.WorkItems;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Runtime.Timers;
using PlanWorkflows.Engine.Serialization;

namespace PlanWorkflows.Activities.Tests.Support;

/// <summary>
/// The durable runtime with the plan activities on a real SQLite file in a temp folder, migrated with the combined
/// migrations and seeded with the Kon Rẫy directory; a fake clock drives the timers. Each step runs in a definition
/// whose every port leads to a WriteLine of the port's name, so <see cref="Outcomes"/> shows how steps completed.
/// </summary>
internal sealed class PlanRuntime : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("planact-").FullName;
    private readonly ServiceProvider _services;

    private PlanRuntime((string Key, string? Value)[] settings)
    {
        var connection = ("ConnectionStrings:Default", (string?)$"Data Source={Path.Combine(_folder, "engine.db")}");
        var configuration = DictionaryConfiguration.From([.. settings, connection]);
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(ActivityRegistry.CreateDefault().RegisterAssembly(typeof(ActivitiesAssembly).Assembly))
            .AddSingleton<IWorkflowStandardOutput>(Outcomes)
            .AddSingleton<IEscalationNotifier>(Notifier)
            .AddWorkflowRuntime(configuration)
            .AddPlanActivities(configuration)
            .BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(StepInputs.Monday);

    public OutcomeRecorder Outcomes { get; } = new();

    public RecordingEscalationNotifier Notifier { get; } = new();

    public IServiceProvider Services => _services;

    public IDbContextFactory<EngineDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<EngineDbContext>>();

    public IWorkflowRuntime Runtime => _services.GetRequiredService<IWorkflowRuntime>();

    public IIdentityGenerator Identities => _services.GetRequiredService<IIdentityGenerator>();

    public IReadOnlyList<WorkItem> WorkItems => Query(context => context.Set<WorkItem>().OrderBy(item => item.UnitId).ThenBy(item => item.DueDate).ToList());

    public IReadOnlyList<WorkItem> OpenWorkItems => [.. WorkItems.Where(item => item.IsOpen)];

    public IReadOnlyList<WorkItemAction> Actions => Query(context => context.Set<WorkItemAction>().ToList());

    public IReadOnlyList<Escalation> Escalations => Query(context => context.Set<Escalation>().OrderBy(escalation => escalation.RaisedAt).ToList());

    public IReadOnlyList<Bookmark> Bookmarks => Query(context => context.Set<Bookmark>().ToList());

    public static async Task<PlanRuntime> StartAsync(params (string Key, string? Value)[] settings)
    {
        var runtime = new PlanRuntime(settings);
        await PlanActivitiesDatabase.PrepareAsync(runtime.Services);
        return runtime;
    }

    /// <summary>Publishes a definition running the one step and starts an instance of it.</summary>
    public async Task<WorkflowRuntimeResult> StartStepAsync(string activityType, JsonObject inputs)
    {
        var definition = StepDefinition.Of(_services.GetRequiredService<ActivityRegistry>(), Identities, activityType, inputs);
        var store = _services.GetRequiredService<IWorkflowDefinitionStore>();
        var draft = await store.SaveDraftAsync(new WorkflowDefinitionDraft { Name = activityType, Data = WorkflowDefinitionSerializer.Write(definition) });
        await store.PublishAsync(draft.DefinitionId);
        return await Runtime.StartAsync(draft.DefinitionId, new StartOptions());
    }

    /// <summary>Resumes the item's step with the unit's decision, as the commands do after their checks.</summary>
    public Task DecideAsync(WorkItem item, WorkItemActionKind action, string? comment = null) =>
        Runtime.ResumeAsync(item.BookmarkId, new WorkItemDecision(item.Id, action, "officer", comment, [], null).ToJson());

    public Task AddOfficerAsync(string userName, string unitId) =>
        _services.GetRequiredService<IUnitMemberships>().AddAsync(new UnitMembership { UserName = userName, UnitId = unitId, Role = UnitRole.Officer });

    /// <summary>Moves the clock and lets the timer scheduler fire what fell due.</summary>
    public async Task AdvanceToAsync(DateTimeOffset instant)
    {
        Clock.SetUtcNow(instant);
        await _services.GetRequiredService<TimerScheduler>().RunDueTimersAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private T Query<T>(Func<EngineDbContext, T> query)
    {
        using var context = Contexts.CreateDbContext();
        return query(context);
    }
}
