using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Serialization;
using PlanWorkflows.Engine.Validation;

namespace PlanWorkflows.Engine.Management;

/// <summary>Registers the activity registry, the definition serializer and validator, and the definition service.</summary>
public static class ManagementServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IWorkflowDefinitionService"/> with one <see cref="ActivityRegistry"/> holding the core activities
    /// and those of every assembly added with <see cref="AddActivities"/>. Needs the engine persistence
    /// (<c>AddEnginePersistence</c>) for the definition store.
    /// </summary>
    public static IServiceCollection AddWorkflowDefinitions(this IServiceCollection services)
    {
        services.TryAddSingleton<IIdentityGenerator, TimeOrderedIdentityGenerator>();
        services.TryAddSingleton(ActivityRegistryFactory.Create);
        services.TryAddSingleton<WorkflowDefinitionSerializer>();
        services.TryAddSingleton<WorkflowDefinitionValidator>();
        services.TryAddSingleton<IWorkflowDefinitionService, WorkflowDefinitionService>();
        return services;
    }

    /// <summary>Adds the activity classes of <paramref name="assembly"/> to the registry; may be called before or after <see cref="AddWorkflowDefinitions"/>.</summary>
    public static IServiceCollection AddActivities(this IServiceCollection services, Assembly assembly)
    {
        services.AddSingleton(new ActivityAssembly(assembly));
        return services;
    }
}
