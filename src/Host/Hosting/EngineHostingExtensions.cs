using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Host.Hosting;

/// <summary>Wires the engine into the Host: its database under the data folder, migrated at start-up, and the definition service.</summary>
internal static class EngineHostingExtensions
{
    public static WebApplicationBuilder AddEngine(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        configuration[$"ConnectionStrings:{DataFolder.ConnectionStringName}"] = DataFolder.ResolveConnectionString(
            configuration.GetConnectionString(DataFolder.ConnectionStringName), builder.Environment.ContentRootPath);
        builder.Services.AddEnginePersistence(configuration);
        builder.Services.AddWorkflowDefinitions();
        builder.Services.AddHostedService<EngineDatabaseMigrator>();
        return builder;
    }
}
