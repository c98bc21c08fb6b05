using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace PlanWorkflows.Engine.Persistence.Model;

/// <summary>Lets other assemblies put their entities into the engine database.</summary>
public static class EngineModelServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <c>IEntityTypeConfiguration</c> classes of <paramref name="assembly"/> to the engine database, so
    /// activities can add those entities to a burst's unit of work. The schema for them must come from a migration
    /// set that covers them (see <see cref="UseEngineMigrationsAssembly"/>).
    /// </summary>
    public static IServiceCollection AddEngineEntities(this IServiceCollection services, Assembly assembly)
    {
        EngineModel(services).AddEntities(assembly);
        return services;
    }

    /// <summary>Migrates the engine database with the migrations of <paramref name="assembly"/> instead of the engine's own.</summary>
    public static IServiceCollection UseEngineMigrationsAssembly(this IServiceCollection services, Assembly assembly)
    {
        EngineModel(services).MigrationsAssembly = assembly;
        return services;
    }

    internal static EngineModelOptions EngineModel(IServiceCollection services)
    {
        var registered = services.FirstOrDefault(descriptor => descriptor.ServiceType == typeof(EngineModelOptions));
        if (registered?.ImplementationInstance is EngineModelOptions model)
        {
            return model;
        }

        model = new EngineModelOptions();
        services.AddSingleton(model);
        return model;
    }
}
