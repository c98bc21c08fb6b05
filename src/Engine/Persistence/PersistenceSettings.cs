using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using PlanWorkflows.Engine.Persistence.Model;
using PlanWorkflows.Engine.Persistence.Sqlite;

namespace PlanWorkflows.Engine.Persistence;

/// <summary>
/// The <c>ConnectionStrings:Default</c>, <c>Persistence:Provider</c> and <c>Persistence:Sqlite:Synchronous</c>
/// settings, and how they configure the <see cref="EngineDbContext"/>.
/// </summary>
/// <remarks>
/// <see cref="SqliteSynchronous.Normal"/> is the default: in WAL mode a commit then no longer waits for a disk flush,
/// which multiplies the write rate; a committed burst still survives a process crash, but the last ones may be lost
/// on power loss or an operating-system crash. Sites that need those too set <see cref="SqliteSynchronous.Full"/>.
/// </remarks>
internal sealed record PersistenceSettings(PersistenceProvider Provider, string ConnectionString)
{
    public const string DefaultConnectionString = "Data Source=data/planworkflows.db";
    private const string ConnectionStringName = "Default";
    private const string ProviderKey = "Persistence:Provider";
    private const string SynchronousKey = "Persistence:Sqlite:Synchronous";

    public SqliteSynchronous Synchronous { get; init; } = SqliteSynchronous.Normal;

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
        return Sqlite(string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString) with
        {
            Synchronous = ParseEnum<SqliteSynchronous>(SynchronousKey, configuration[SynchronousKey]) ?? SqliteSynchronous.Normal,
        };
    }

    public void Configure(DbContextOptionsBuilder options, EngineModelOptions model)
    {
        options.UseSqlite(ConnectionString, sqlite => sqlite.MigrationsAssembly(model.MigrationsAssembly.GetName().Name))
            .AddInterceptors(new SqliteConnectionInterceptor(Synchronous));
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new EngineModelExtension(model));
    }

    private static PersistenceProvider ParseProvider(string? value) =>
        ParseEnum<PersistenceProvider>(ProviderKey, value) ?? PersistenceProvider.Sqlite;

    /// <summary>Null when the setting is absent.</summary>
    /// <exception cref="PersistenceConfigurationException">The value names no member of the enum.</exception>
    private static TEnum? ParseEnum<TEnum>(string key, string? value)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new PersistenceConfigurationException(
                $"{key} '{value}' is unknown; use one of: {string.Join(", ", Enum.GetNames<TEnum>())}.");
    }
}
