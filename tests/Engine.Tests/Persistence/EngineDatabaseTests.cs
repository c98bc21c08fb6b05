using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Engine.Tests.Persistence;

public sealed class EngineDatabaseTests
{
    [Fact]
    public async Task MigrateAsync_OnFirstUse_CreatesFolderAndDatabaseFile()
    {
        await using var database = TestDatabase.CreateUnmigrated();
        Directory.Exists(Path.GetDirectoryName(database.DatabasePath)).Should().BeFalse();

        await EngineDatabase.MigrateAsync(database.Services);

        File.Exists(database.DatabasePath).Should().BeTrue();
        (await PendingMigrationsAsync(database.Services)).Should().BeEmpty();
    }

    [Fact]
    public async Task MigrateAsync_OnEmptyFile_AppliesEveryMigration()
    {
        await using var database = TestDatabase.CreateUnmigrated();
        Directory.CreateDirectory(Path.GetDirectoryName(database.DatabasePath)!);
        await File.WriteAllBytesAsync(database.DatabasePath, []);

        await EngineDatabase.MigrateAsync(database.Services);

        await using var context = await CreateContextAsync(database.Services);
        var applied = await context.Database.GetAppliedMigrationsAsync();
        applied.Should().Equal(context.GetService<IMigrationsAssembly>().Migrations.Keys);
        (await database.Definitions.ListAsync(new WorkflowDefinitionQuery())).TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task MigrateAsync_SecondStart_KeepsSchemaAndData()
    {
        await using var database = await TestDatabase.CreateAsync();
        var saved = await database.Definitions.SaveDraftAsync(Drafts.Named("Kept"));

        await using var secondStart = TestDatabase.CreateServices(database.ConnectionString, database.Clock);
        await EngineDatabase.MigrateAsync(secondStart);

        (await PendingMigrationsAsync(secondStart)).Should().BeEmpty();
        var reloaded = await secondStart.GetRequiredService<IWorkflowDefinitionStore>().FindByIdAsync(saved.Id);
        reloaded.Should().BeEquivalentTo(saved);
    }

    [Fact]
    public async Task OpenConnection_OnFileDatabase_UsesWalJournalAndBusyTimeout()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var context = await CreateContextAsync(database.Services);
        await context.Database.OpenConnectionAsync();

        (await ReadPragmaAsync(context, "journal_mode")).Should().Be("wal");
        (await ReadPragmaAsync(context, "busy_timeout")).Should().Be("30000");
    }

    private static async Task<EngineDbContext> CreateContextAsync(IServiceProvider services) =>
        await services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();

    private static async Task<IEnumerable<string>> PendingMigrationsAsync(IServiceProvider services)
    {
        await using var context = await CreateContextAsync(services);
        return await context.Database.GetPendingMigrationsAsync();
    }

    private static async Task<string?> ReadPragmaAsync(EngineDbContext context, string pragma)
    {
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
