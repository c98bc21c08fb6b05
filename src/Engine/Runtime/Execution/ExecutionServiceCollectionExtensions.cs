using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Runtime.Expressions.JavaScript;

namespace PlanWorkflows.Engine.Runtime.Execution;

public static class ExecutionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IWorkflowExecutor"/> with its defaults (the activity registry with every assembly added through <c>AddActivities</c>, system clock, time-ordered ids,
    /// WriteLine to the log, JavaScript limits), each of which an earlier registration replaces.
    /// </summary>
    public static IServiceCollection AddWorkflowExecution(this IServiceCollection services, JavaScriptOptions? javaScript = null)
    {
        services.TryAddSingleton(ActivityRegistryFactory.Create);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIdentityGenerator, TimeOrderedIdentityGenerator>();
        services.TryAddSingleton<IWorkflowStandardOutput, LoggerStandardOutput>();
        services.TryAddSingleton(javaScript ?? new JavaScriptOptions());
        services.TryAddSingleton<IWorkflowExecutor>(provider => new WorkflowExecutor(
            provider.GetRequiredService<ActivityRegistry>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IIdentityGenerator>(),
            provider,
            provider.GetRequiredService<JavaScriptOptions>()));
        return services;
    }
}
