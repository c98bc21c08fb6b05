using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Persistence;

namespace PlanWorkflows.Engine.Tests.Persistence.Migrations;

/// <summary>
/// The journal lines and activity executions an earlier release stored a row each survive the move to one row per
/// burst, and the way back.
/// </summary>
public sealed class BurstRecordsMigrationTests
{
    private const string EarlierMigration = "20261129130815_AddDefinitionDataRevision";

    // 2026-03-01T17:00:00.1234567Z and a second later, in UTC ticks as the earlier release stored instants.
    private const long FirstTicks = 639079812001234567;
    private const long SecondTicks = FirstTicks + TimeSpan.TicksPerSecond;

    [Fact]
    public async Task Up_EarlierRows_BecomeOneRecordPerInstanceWithEveryLineAndExecution()
    {
        await using var database = await EarlierDatabaseAsync();

        await EngineDatabase.MigrateAsync(database.Services);

        await using var context = await ContextAsync(database);
        var records = await context.BurstRecords.AsNoTracking().ToListAsync();
        records.Select(record => (record.WorkflowInstanceId, record.Revision)).Should().BeEquivalentTo([("i1", BurstRecord.EarlierHistoryRevision), ("i2", BurstRecord.EarlierHistoryRevision)]);
        var lines = BurstRecord.JournalOf(records.Where(record => record.WorkflowInstanceId == "i1")).ToList();
        lines.Select(line => (line.Id, line.Sequence, line.EventName)).Should().Equal(("j1", 1L, "Started"), ("j2", 2L, "Resumed"));
        lines[0].Timestamp.Should().Be(ToTheMillisecond(FirstTicks));
        lines[0].Payload.Should().BeNull();
        lines[1].Payload!["n"]!.GetValue<int>().Should().Be(7);
        lines[1].ParentActivityInstanceId.Should().Be("a0");
        var executions = BurstRecord.ActivityExecutionsOf(records.Where(record => record.WorkflowInstanceId == "i1")).ToList();
        executions.Select(execution => (execution.Id, execution.Status, execution.HasBookmarks)).Should().Equal(("a1", "Completed", false), ("a2", "Running", true));
        executions[0].CompletedAt.Should().Be(ToTheMillisecond(SecondTicks));
        executions[0].Outputs!["Result"]!.GetValue<string>().Should().Be("x");
        executions[1].CompletedAt.Should().BeNull();
        records.Single(record => record.WorkflowInstanceId == "i2").Journal.Should().BeEmpty();
        (await context.ActivityExecutionOwners.AsNoTracking().ToListAsync()).Should().BeEquivalentTo(
            [new ActivityExecutionOwner("a1", "i1"), new ActivityExecutionOwner("a2", "i1"), new ActivityExecutionOwner("b1", "i2")]);
    }

    [Fact]
    public async Task Down_Records_BecomeOneRowPerLineAndExecutionAgain()
    {
        await using var database = await EarlierDatabaseAsync();
        await EngineDatabase.MigrateAsync(database.Services);

        await using (var context = await ContextAsync(database))
        {
            await context.GetService<IMigrator>().MigrateAsync(EarlierMigration);
        }

        (await RowsAsync(database, """SELECT "Id", "Sequence", "Timestamp", "Payload", "ParentActivityInstanceId" FROM "JournalRecords" ORDER BY "Sequence" """))
            .Should().BeEquivalentTo<object?[]>(
                [["j1", 1L, ToTheMillisecond(FirstTicks).UtcTicks, null, null], ["j2", 2L, ToTheMillisecond(SecondTicks).UtcTicks, """{"n":7}""", "a0"]],
                options => options.WithStrictOrdering());
        (await RowsAsync(database, """SELECT "Id", "WorkflowInstanceId", "Status", "HasBookmarks", "Outputs", "CompletedAt" FROM "ActivityExecutions" ORDER BY "Id" """))
            .Should().BeEquivalentTo<object?[]>(
                [["a1", "i1", "Completed", 0L, """{"Result":"x"}""", ToTheMillisecond(SecondTicks).UtcTicks], ["a2", "i1", "Running", 1L, null, null],
                    ["b1", "i2", "Completed", 0L, null, ToTheMillisecond(SecondTicks).UtcTicks]],
                options => options.WithStrictOrdering());
    }

    private static DateTimeOffset ToTheMillisecond(long ticks) => new(ticks - (ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    private static async Task<TestDatabase> EarlierDatabaseAsync()
    {
        var database = TestDatabase.CreateUnmigrated();
        Directory.CreateDirectory(Path.GetDirectoryName(database.DatabasePath)!);
        await using (var context = await ContextAsync(database))
        {
            await context.GetService<IMigrator>().MigrateAsync(EarlierMigration);
        }

        await ExecuteAsync(database, $$"""
            INSERT INTO "JournalRecords" ("Id", "WorkflowInstanceId", "ActivityInstanceId", "ParentActivityInstanceId", "ActivityId",
                "ActivityType", "ActivityTypeVersion", "ActivityName", "NodeId", "Timestamp", "Sequence", "EventName", "Message", "Source", "Payload")
            VALUES ('j2', 'i1', 'a1', 'a0', 'step1', 'Elsa.Event', 1, NULL, 'Workflow1:flow:step1', {{SecondTicks}}, 2, 'Resumed', NULL, NULL, '{"n":7}'),
                   ('j1', 'i1', 'a1', NULL, 'step1', 'Elsa.Event', 1, NULL, 'Workflow1:flow:step1', {{FirstTicks}}, 1, 'Started', NULL, NULL, NULL);
            INSERT INTO "ActivityExecutions" ("Id", "WorkflowInstanceId", "ActivityId", "ActivityNodeId", "ActivityType", "ActivityTypeVersion",
                "ActivityName", "Status", "ActivityState", "Outputs", "HasBookmarks", "StartedAt", "CompletedAt")
            VALUES ('a2', 'i1', 'step2', 'Workflow1:flow:step2', 'Elsa.Event', 1, NULL, 'Running', '{}', NULL, 1, {{SecondTicks}}, NULL),
                   ('a1', 'i1', 'step1', 'Workflow1:flow:step1', 'Elsa.Event', 1, 'First', 'Completed', '{}', '{"Result":"x"}', 0, {{FirstTicks}}, {{SecondTicks}}),
                   ('b1', 'i2', 'write', 'Workflow1:flow:write', 'Elsa.WriteLine', 1, NULL, 'Completed', NULL, NULL, 0, {{FirstTicks}}, {{SecondTicks}});
            """);
        return database;
    }

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<object?[]>> RowsAsync(TestDatabase database, string sql)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(index => reader.IsDBNull(index) ? null : reader.GetValue(index)).ToArray());
        }

        return rows;
    }

    private static Task<EngineDbContext> ContextAsync(TestDatabase database) =>
        database.Services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();
}
