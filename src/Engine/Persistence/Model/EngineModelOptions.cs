using System.Reflection;

namespace PlanWorkflows.Engine.Persistence.Model;

/// <summary>
/// What the engine database is made of beyond the engine's own entities: the assemblies whose
/// <c>IEntityTypeConfiguration</c> classes the context applies (so their rows commit in a burst's transaction), and
/// the assembly that holds the migrations covering all of them.
/// </summary>
public sealed class EngineModelOptions
{
    private readonly List<Assembly> entityAssemblies = [EngineDbContextAssembly];

    /// <summary>The engine's assembly first, then every assembly added with <c>AddEngineEntities</c>.</summary>
    public IReadOnlyList<Assembly> EntityAssemblies => entityAssemblies;

    /// <summary>Where the migrations live; the engine's own set (engine entities only) unless a host owns a wider one.</summary>
    public Assembly MigrationsAssembly { get; set; } = EngineDbContextAssembly;

    private static Assembly EngineDbContextAssembly => typeof(EngineDbContext).Assembly;

    public EngineModelOptions AddEntities(Assembly assembly)
    {
        if (!entityAssemblies.Contains(assembly))
        {
            entityAssemblies.Add(assembly);
        }

        return this;
    }
}
