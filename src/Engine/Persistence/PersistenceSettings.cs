using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using PlanWorkflows.Engine.Persistence.Model;
using PlanWorkflows.Engine.Persistence.Sqlite;

namespace PlanWorkflows.Engine.Persistence;

/// <summary>
/// The <c>ConnectionStrings:Default</c> and <c>Persistence:Provider</c> settings, and how they configure the
/// <see cref="EngineDbContext"/>.
/// </summary>
internal sealed record PersistenceSettings(PersistenceProvider Provider, string ConnectionString)
{
    public const string DefaultConnectionString = "Data Source=data/planworkflows.db";
    private const string ConnectionStringName = "Default";
    private const string ProviderKey = "Persistence:Provider";

    public static PersistenceSettings Sqlite(string connectionString) => new(PersistenceProvider.Sqlite, connectionString);

    public static PersistenceSettings From(IConfiguration configuration)
    {
        var provider = ParseProvider(configuration[ProviderKey]);
        if (provider != PersistenceProvider.Sqlite)
        {
            throw new PersistenceConfigurationException(
                $"{ProviderKey} '{provider}' is reserved for a later release; only '{PersistenceProvider.Sqlite}' is available.");
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        return Sqlite(string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString);
    }

    public void Configure(DbContextOptionsBuilder options, EngineModelOptions model)
    {
        options.UseSqlite(ConnectionString, sqlite => sqlite.MigrationsAssembly(model.MigrationsAssembly.GetName().Name))
            .AddInterceptors(new SqliteConnectionInterceptor());
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new EngineModelExtension(model));
    }

    private static PersistenceProvider ParseProvider(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return PersistenceProvider.Sqlite;
        }

        return Enum.TryParse<PersistenceProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new PersistenceConfigurationException(
                $"{ProviderKey} '{value}' is unknown; use one of: {string.Join(", ", Enum.GetNames<PersistenceProvider>())}.");
    }
}
