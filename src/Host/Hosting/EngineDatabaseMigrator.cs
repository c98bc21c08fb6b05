using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Host.Hosting;

/// <summary>Brings the engine database to the current schema at start-up, before the server accepts requests.</summary>
internal sealed class EngineDatabaseMigrator(IServiceProvider services, ILogger<EngineDatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await EngineDatabase.MigrateAsync(services, cancellationToken);
        logger.LogInformation("Engine database is up to date");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
