using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanWorkflows.Activities;
using PlanWorkflows.Activities.Organization.Persistence;
using PlanWorkflows.Activities.Persistence;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Timers;
using PlanWorkflows.Workflows.Lifecycle;
using PlanWorkflows.Workflows.Tests.Plans;

namespace PlanWorkflows.Workflows.Tests.Lifecycle;

/// <summary>
/// The services a host composes (runtime, definitions, plan activities, plan lifecycle) on a real SQLite file in a temp
/// folder, migrated and seeded with the Kon Rẫy directory, on a fake clock that drives the timers.
/// </summary>
internal sealed class PlanLifecycleHost : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("plan-lifecycle-").FullName;
    private readonly ServiceProvider _services;

    private PlanLifecycleHost(DateTimeOffset now, (string Key, string Value)[] settings)
    {
        Clock = new FakeTimeProvider(now);
        var configuration = SettingsConfiguration.From([.. settings, ("ConnectionStrings:Default", $"Data Source={Path.Combine(_folder, "engine.db")}")]);
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Clock)
            .AddEnginePersistence(configuration)
            .AddWorkflowDefinitions()
            .AddWorkflowRuntime(configuration)
            .AddPlanActivities(configuration)
            .AddPlanLifecycle()
            .BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _services;

    public IDbContextFactory<EngineDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<EngineDbContext>>();

    public IWorkflowRuntime Runtime => _services.GetRequiredService<IWorkflowRuntime>();

    public IWorkflowDefinitionService Definitions => _services.GetRequiredService<IWorkflowDefinitionService>();

    public static string SamplePath => SharedPlans.PathOf(SharedPlans.Sample + ".txt");

    public static async Task<PlanLifecycleHost> StartAsync(DateTimeOffset now, params (string Key, string Value)[] settings)
    {
        var host = new PlanLifecycleHost(now, settings);
        await PlanActivitiesDatabase.PrepareAsync(host.Services);
        return host;
    }

    public async Task<PlanImportOutcome> ImportSampleAsync()
    {
        await using var document = File.OpenRead(SamplePath);
        return await _services.GetRequiredService<PlanImportService>().ImportAsync(document, Path.GetFileName(SamplePath));
    }

    public Task AddOfficerAsync(string userName, string unitId) =>
        _services.GetRequiredService<IUnitMemberships>().AddAsync(new UnitMembership { UserName = userName, UnitId = unitId, Role = UnitRole.Officer });

    /// <summary>Moves the clock and lets the timer scheduler fire what fell due.</summary>
    public async Task AdvanceToAsync(DateTimeOffset instant)
    {
        Clock.SetUtcNow(instant);
        await _services.GetRequiredService<TimerScheduler>().RunDueTimersAsync();
    }

    public T Query<T>(Func<EngineDbContext, T> query)
    {
        using var context = Contexts.CreateDbContext();
        return query(context);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
