using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Engine.Tests.Persistence.Sqlite;

public sealed class SqliteSynchronousTests : IDisposable
{
    private const long Normal = 1;
    private const long Full = 2;
    private readonly string folder = Directory.CreateTempSubdirectory("planworkflows-synchronous-").FullName;

    [Fact]
    public async Task Connection_WithoutSetting_UsesNormal()
    {
        (await SynchronousLevelAsync()).Should().Be(Normal);
    }

    [Theory]
    [InlineData("Full", Full)]
    [InlineData("normal", Normal)]
    public async Task Connection_WithSetting_UsesIt(string setting, long level)
    {
        (await SynchronousLevelAsync(("Persistence:Sqlite:Synchronous", setting))).Should().Be(level);
    }

    [Fact]
    public void AddEnginePersistence_UnknownSynchronous_FailsNamingTheKnownOnes()
    {
        var register = () => Build(("Persistence:Sqlite:Synchronous", "Off"));

        register.Should().Throw<PersistenceConfigurationException>().WithMessage("*'Off' is unknown*Normal, Full*");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private async Task<long> SynchronousLevelAsync(params (string Key, string? Value)[] settings)
    {
        await using var services = Build(settings);
        await using var context = await services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private ServiceProvider Build(params (string Key, string? Value)[] settings)
    {
        var all = settings.Append(("ConnectionStrings:Default", $"Data Source={Path.Combine(folder, "engine.db")}")).ToArray();
        return new ServiceCollection().AddEnginePersistence(InMemoryConfiguration.From(TestDatabase.Settings(all))).BuildServiceProvider();
    }
}
