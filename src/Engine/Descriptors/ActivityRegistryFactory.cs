using Microsoft.Extensions.DependencyInjection;

namespace PlanWorkflows.Engine.Descriptors;

/// <summary>
/// The one registry of a service provider: the core activities plus every assembly added with <c>AddActivities</c>,
/// whichever of the definition service or the executor is registered first.
/// </summary>
internal static class ActivityRegistryFactory
{
    public static ActivityRegistry Create(IServiceProvider services)
    {
        var registry = ActivityRegistry.CreateDefault();
        foreach (var activityAssembly in services.GetServices<ActivityAssembly>().Distinct())
        {
            registry.RegisterAssembly(activityAssembly.Assembly);
        }

        return registry;
    }
}
