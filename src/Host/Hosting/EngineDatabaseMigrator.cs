using PlanWorkflows.Activities.Persistence;

namespace PlanWorkflows.Host.Hosting;

/// <summary>
/// Brings the engine database (engine and plan tables) to the current schema at start-up, before the server accepts
/// requests, and on first start fills the organization directory the plan activities assign work to.
/// </summary>
internal sealed class EngineDatabaseMigrator(IServiceProvider services, ILogger<EngineDatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await PlanActivitiesDatabase.PrepareAsync(services, cancellationToken);
        logger.LogInformation("Engine database is up to date");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
