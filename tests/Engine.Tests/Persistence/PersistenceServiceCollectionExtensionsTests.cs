using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Engine.Tests.Persistence;

public sealed class PersistenceServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddEnginePersistence_WithoutConnectionString_UsesDatabaseUnderDataFolder()
    {
        await using var services = Build(TestDatabase.Settings());

        ConnectionStringOf(services).Should().Be("Data Source=data/planworkflows.db");
    }

    [Fact]
    public async Task AddEnginePersistence_WithDefaultConnectionString_UsesIt()
    {
        await using var services = Build(TestDatabase.Settings(("ConnectionStrings:Default", "Data Source=other/engine.db")));

        ConnectionStringOf(services).Should().Be("Data Source=other/engine.db");
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("sqlite")]
    public async Task AddEnginePersistence_SqliteProvider_IsAccepted(string provider)
    {
        await using var services = Build(TestDatabase.Settings(("Persistence:Provider", provider)));

        ConnectionStringOf(services).Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void AddEnginePersistence_PostgreSqlProvider_FailsAsNotAvailableYet()
    {
        var register = () => Build(TestDatabase.Settings(("Persistence:Provider", "PostgreSql")));

        register.Should().Throw<PersistenceConfigurationException>().WithMessage("*'PostgreSql' is reserved*'Sqlite'*");
    }

    [Fact]
    public void AddEnginePersistence_UnknownProvider_FailsNamingTheKnownOnes()
    {
        var register = () => Build(TestDatabase.Settings(("Persistence:Provider", "Oracle")));

        register.Should().Throw<PersistenceConfigurationException>().WithMessage("*'Oracle' is unknown*Sqlite, PostgreSql*");
    }

    [Fact]
    public async Task AddEnginePersistence_WithoutTimeProvider_RegistersSystemClock()
    {
        await using var services = Build(TestDatabase.Settings());

        services.GetRequiredService<TimeProvider>().Should().BeSameAs(TimeProvider.System);
    }

    [Fact]
    public async Task AddEnginePersistence_WithTimeProvider_KeepsIt()
    {
        var clock = new FakeTimeProvider();
        await using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddEnginePersistence(InMemoryConfiguration.From(TestDatabase.Settings()))
            .BuildServiceProvider();

        services.GetRequiredService<TimeProvider>().Should().BeSameAs(clock);
    }

    private static ServiceProvider Build(IReadOnlyDictionary<string, string?> settings) =>
        new ServiceCollection().AddEnginePersistence(InMemoryConfiguration.From(settings)).BuildServiceProvider();

    private static string? ConnectionStringOf(IServiceProvider services)
    {
        using var context = services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContext();
        return context.Database.GetConnectionString();
    }
}
