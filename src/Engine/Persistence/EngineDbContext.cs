using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Engine.Persistence;

/// <summary>
/// The engine's database. Provider-neutral: each entity is configured in its own
/// <see cref="IEntityTypeConfiguration{TEntity}"/>, the provider comes from configuration.
/// </summary>
internal sealed class EngineDbContext(DbContextOptions<EngineDbContext> options) : DbContext(options)
{
    public DbSet<WorkflowDefinitionVersion> WorkflowDefinitionVersions => Set<WorkflowDefinitionVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EngineDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
        // SQLite has no timestamp type and cannot order DateTimeOffset text; UTC ticks sort correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
