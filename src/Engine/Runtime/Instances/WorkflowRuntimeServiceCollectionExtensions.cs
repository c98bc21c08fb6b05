using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Instances.Bursts;
using PlanWorkflows.Engine.Runtime.Instances.Queries;
using PlanWorkflows.Engine.Runtime.Persistence;
using PlanWorkflows.Engine.Runtime.Persistence.Commits;
using PlanWorkflows.Engine.Runtime.Persistence.Reads;
using PlanWorkflows.Engine.Runtime.Stimuli;
using PlanWorkflows.Engine.Runtime.Timers;
using PlanWorkflows.Engine.Serialization;

namespace PlanWorkflows.Engine.Runtime.Instances;

/// <summary>Registers the durable runtime.</summary>
public static class WorkflowRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IWorkflowRuntime"/>, the instance queries, the engine database and stores (unless added
    /// already), the executor with its defaults (an earlier <see cref="ActivityRegistry"/> or executor registration
    /// wins), and the <see cref="TimerScheduler"/> and <see cref="StimulusQueueSweeper"/> as hosted services, with
    /// <see cref="WorkflowRuntimeOptions"/> from the <c>Runtime</c> section.
    /// </summary>
    public static IServiceCollection AddWorkflowRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(IWorkflowDefinitionStore)))
        {
            services.AddEnginePersistence(configuration);
        }

        services.AddLogging();
        services.AddWorkflowExecution();
        services.TryAddSingleton<WorkflowDefinitionSerializer>();
        services.AddSingleton(WorkflowRuntimeOptions.From(configuration));
        services.AddSingleton<DefinitionCache>();
        services.AddSingleton<RuntimeSql>();
        services.AddSingleton<WalCheckpointer>();
        services.AddSingleton<GroupCommitter>();
        services.AddSingleton<ReadSessions>();
        services.AddSingleton<BurstRunner>();
        services.AddSingleton<StimulusQueue>();
        services.AddSingleton<BurstDispatcher>();
        services.AddSingleton<IWorkflowRuntime, WorkflowRuntime>();
        services.AddSingleton<IWorkflowInstanceQueries, WorkflowInstanceQueries>();
        services.AddSingleton(provider => new TimerScheduler(
            provider.GetRequiredService<IDbContextFactory<EngineDbContext>>(),
            provider.GetRequiredService<BurstDispatcher>(),
            provider.GetRequiredService<IIdentityGenerator>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<WorkflowRuntimeOptions>()));
        services.AddSingleton(provider => new StimulusQueueSweeper(
            provider.GetRequiredService<StimulusQueue>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<WorkflowRuntimeOptions>()));
        services.AddHostedService(provider => provider.GetRequiredService<TimerScheduler>());
        services.AddHostedService(provider => provider.GetRequiredService<StimulusQueueSweeper>());
        return services;
    }
}
