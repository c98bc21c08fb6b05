using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanWorkflows.Activities.Escalations;
using PlanWorkflows.Activities.Organization.Persistence;
using PlanWorkflows.Activities.Persistence;
using PlanWorkflows.Activities.Tests.Calendar;
using PlanWorkflows.Activities.WorkItems;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Timers;
using PlanWorkflows.Engine.Serialization;

namespace PlanWorkflows.Activities.Tests.Support;

/// <summary>
/// The durable runtime with the plan activities on a real SQLite file in a temp folder, migrated with the combined
/// migrations and seeded with the Kon Rẫy directory; a fake clock drives the timers.
/// </summary>
internal sealed class PlanRuntime : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("planact-runtime-").FullName;
    private readonly ServiceProvider _services;

    private PlanRuntime()
    {
        var configuration = new DictionaryConfiguration(("ConnectionStrings:Default", $"Data Source={Path.Combine(_folder, "engine.db")}"));
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

    public TimeProvider Time => Clock;

    public IIdentityGenerator Identities => _services.GetRequiredService<IIdentityGenerator>();

    public static async Task<PlanRuntime> StartAsync()
    {
        var runtime = new PlanRuntime();
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

    public Task AddOfficerAsync(string userName, string unitId) =>
        _services.GetRequiredService<IUnitMemberships>().AddAsync(new UnitMembership { UserName = userName, UnitId = unitId, Role = UnitRole.Officer });

    public async Task AdvanceToAsync(DateTimeOffset instant)
    {
        Clock.SetUtcNow(instant);
        await _services.GetRequiredService<TimerScheduler>().RunDueTimersAsync();
    }

    public Task<List<WorkItem>> WorkItemsAsync() => QueryAsync(context => context.Set<WorkItem>().OrderBy(item => item.UnitId).ToListAsync());

    public Task<List<WorkItemAction>> ActionsAsync() => QueryAsync(context => context.Set<WorkItemAction>().ToListAsync());

    public Task<List<Escalation>> EscalationsAsync() => QueryAsync(context => context.Set<Escalation>().OrderBy(escalation => escalation.RaisedAt).ToListAsync());

    public async Task<T> QueryAsync<T>(Func<EngineDbContext, Task<T>> query)
    {
        await using var context = await Contexts.CreateDbContextAsync();
        return await query(context);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
