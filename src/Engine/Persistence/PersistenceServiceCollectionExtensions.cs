using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Persistence.Model;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Engine.Persistence;

/// <summary>Registers the engine's database and stores.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine database (provider from <c>Persistence:Provider</c>, default <c>Sqlite</c>; connection from
    /// <c>ConnectionStrings:Default</c>, default <c>Data Source=data/planworkflows.db</c>) and its stores.
    /// Registers <see cref="TimeProvider.System"/> unless a <see cref="TimeProvider"/> is already registered.
    /// </summary>
    /// <exception cref="PersistenceConfigurationException">The provider is unknown or not available yet.</exception>
    public static IServiceCollection AddEnginePersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = PersistenceSettings.From(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIdentityGenerator, TimeOrderedIdentityGenerator>();
        EngineModelServiceCollectionExtensions.EngineModel(services);
        services.AddDbContextFactory<EngineDbContext>(
            (provider, options) => settings.Configure(options, provider.GetRequiredService<EngineModelOptions>()));
        services.AddSingleton<WriteGate>();
        services.AddSingleton<WriteTransaction>();
        services.AddSingleton<IWorkflowDefinitionStore, WorkflowDefinitionStore>();
        return services;
    }
}
