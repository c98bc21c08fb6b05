using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace PlanWorkflows.Engine.Persistence;

/// <summary>The one entry point that brings the engine database to the current schema.</summary>
public static class EngineDatabase
{
    /// <summary>
    /// Creates the database (and, for SQLite, its folder) if it does not exist and applies every pending migration.
    /// Running it on an up-to-date database changes nothing.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var contextFactory = services.GetRequiredService<IDbContextFactory<EngineDbContext>>();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.Database.MigrateAsync(cancellationToken);
    }
}
