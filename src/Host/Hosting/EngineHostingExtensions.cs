using PlanWorkflows.Activities;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Instances;

namespace PlanWorkflows.Host.Hosting;

/// <summary>
/// Wires the engine into the Host: its database under the data folder, migrated at start-up, the definition service
/// with the plan activities (and what they run on), the sample workflows published on first start, and the durable runtime that runs and stores instances.
/// </summary>
internal static class EngineHostingExtensions
{
    public static WebApplicationBuilder AddEngine(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        configuration[$"ConnectionStrings:{DataFolder.ConnectionStringName}"] = DataFolder.ResolveConnectionString(
            configuration.GetConnectionString(DataFolder.ConnectionStringName), builder.Environment.ContentRootPath);
        builder.Services.AddEnginePersistence(configuration);
        builder.Services.AddHostedService<EngineDatabaseMigrator>();
        builder.Services.AddPlanActivities(configuration);
        builder.Services.AddWorkflowDefinitions();
        builder.Services.AddHostedService<WorkflowDefinitionsFolderLoader>();
        builder.Services.AddWorkflowRuntime(configuration);
        return builder;
    }
}
