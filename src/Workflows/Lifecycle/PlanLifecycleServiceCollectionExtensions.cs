using Microsoft.Extensions.DependencyInjection;

namespace PlanWorkflows.Workflows.Lifecycle;

/// <summary>Registers the plan lifecycle.</summary>
public static class PlanLifecycleServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="PlanImportService"/> and the <see cref="IPlanStore"/> kept in the engine database. Needs the
    /// workflow runtime, the definition service and the plan activities (<c>AddWorkflowRuntime</c>,
    /// <c>AddWorkflowDefinitions</c>, <c>AddPlanActivities</c>).
    /// </summary>
    public static IServiceCollection AddPlanLifecycle(this IServiceCollection services)
    {
        services.AddSingleton<IPlanStore, DatabasePlanStore>();
        services.AddSingleton<PlanImportService>();
        return services;
    }
}
