using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.Model;

namespace PlanWorkflows.Activities.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add --project src/Activities</c> build the combined model (engine and plan entities,
/// SQLite, default settings) without starting the Host, so the combined migrations live in this assembly.
/// </summary>
internal sealed class DesignTimePlanDbContextFactory : IDesignTimeDbContextFactory<EngineDbContext>
{
    public EngineDbContext CreateDbContext(string[] args)
    {
        var services = new ServiceCollection()
            .AddEnginePersistence(new DefaultSettings())
            .AddEngineEntities(typeof(ActivitiesAssembly).Assembly)
            .UseEngineMigrationsAssembly(typeof(ActivitiesAssembly).Assembly)
            .BuildServiceProvider();
        return services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContext();
    }

    /// <summary>A configuration with no values: every engine setting takes its default.</summary>
    private sealed class DefaultSettings : IConfigurationSection
    {
        public string Key => "";

        public string Path => "";

        public string? Value { get => null; set => throw new NotSupportedException(); }

        public string? this[string key] { get => null; set => throw new NotSupportedException(); }

        public IConfigurationSection GetSection(string key) => this;

        public IEnumerable<IConfigurationSection> GetChildren() => [];

        public IChangeToken GetReloadToken() => new CancellationChangeToken(CancellationToken.None);
    }
}
