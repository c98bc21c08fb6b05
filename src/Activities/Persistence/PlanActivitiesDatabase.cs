using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Activities.Organization;
using PlanWorkflows.Activities.Organization.Persistence;
using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Activities.Persistence;

/// <summary>Brings the engine database (engine and plan tables) to the current schema and seeds the directory.</summary>
public static class PlanActivitiesDatabase
{
    /// <summary>
    /// Applies pending migrations and, on first start, fills the organization directory from the Kon Rẫy 2024 sample.
    /// Running it again changes nothing.
    /// </summary>
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await EngineDatabase.MigrateAsync(services, cancellationToken);
        await services.GetRequiredService<OrganizationDirectorySeeder>().SeedAsync(OrganizationDirectoryFile.LoadKonRay2024(), cancellationToken);
    }
}
