using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace PlanWorkflows.Engine.Persistence.Model;

/// <summary>
/// Carries <see cref="EngineModelOptions"/> into the context's options. Contexts with different entity assemblies get
/// different internal service providers, so each model is built and cached for its own set of entities.
/// </summary>
internal sealed class EngineModelExtension(EngineModelOptions model) : IDbContextOptionsExtension
{
    public EngineModelOptions Model => model;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(EngineModelExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        private EngineModelOptions Model => ((EngineModelExtension)Extension).Model;

        public override bool IsDatabaseProvider => false;

        public override string LogFragment =>
            $"EngineEntities={string.Join(',', Model.EntityAssemblies.Select(assembly => assembly.GetName().Name))} ";

        public override int GetServiceProviderHashCode() =>
            Model.EntityAssemblies.Aggregate(0, (hash, assembly) => HashCode.Combine(hash, assembly));

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo otherInfo && otherInfo.Model.EntityAssemblies.SequenceEqual(Model.EntityAssemblies);

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["PlanWorkflows:EngineEntities"] = GetServiceProviderHashCode().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
