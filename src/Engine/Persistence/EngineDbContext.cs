using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence.Model;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Persistence;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Runtime.Stimuli;

namespace PlanWorkflows.Engine.Persistence;

/// <summary>
/// The engine's database. Provider-neutral: each entity is configured in its own
/// <see cref="IEntityTypeConfiguration{TEntity}"/>, the provider comes from configuration, and other assemblies add
/// their entities through <see cref="EngineModelOptions"/>.
/// </summary>
/// <remarks>
/// Public only because a migration set owned by another assembly (the Host's, covering engine and plan entities)
/// names the context type in its attributes; its sets stay internal and other code uses the engine's services.
/// </remarks>
public sealed class EngineDbContext(DbContextOptions<EngineDbContext> options) : DbContext(options)
{
    internal DbSet<WorkflowDefinitionVersion> WorkflowDefinitionVersions => Set<WorkflowDefinitionVersion>();
    internal DbSet<WorkflowInstance> WorkflowInstances => Set<WorkflowInstance>();
    internal DbSet<Bookmark> Bookmarks => Set<Bookmark>();
    internal DbSet<BurstRecord> BurstRecords => Set<BurstRecord>();
    internal DbSet<ActivityExecutionOwner> ActivityExecutionOwners => Set<ActivityExecutionOwner>();
    internal DbSet<QueuedStimulus> QueuedStimuli => Set<QueuedStimulus>();
    internal DbSet<DeadLetter> DeadLetters => Set<DeadLetter>();
    internal DbSet<AppliedStimulus> AppliedStimuli => Set<AppliedStimulus>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var model = options.FindExtension<EngineModelExtension>()?.Model ?? new EngineModelOptions();
        foreach (var assembly in model.EntityAssemblies)
        {
            modelBuilder.ApplyConfigurationsFromAssembly(assembly);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
        // SQLite has no timestamp type and cannot order DateTimeOffset text; UTC ticks sort correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
