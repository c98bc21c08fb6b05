using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Engine.Tests.Persistence.Migrations;

/// <summary>Journal lines stored one per row by an earlier release survive the move to one row per burst, and the way back.</summary>
public sealed class JournalSegmentsMigrationTests
{
    private const string EarlierMigration = "20261129130815_AddDefinitionDataRevision";
    private const string SegmentsMigration = "20261129135253_JournalSegments";

    // 2026-03-01T17:00:00.1234567Z and a second later, in UTC ticks as the earlier release stored them.
    private const long FirstTicks = 639079812001234567;
    private const long SecondTicks = FirstTicks + TimeSpan.TicksPerSecond;

    [Fact]
    public async Task Up_EarlierJournalRows_BecomeSegmentsWithEveryLine()
    {
        await using var database = await EarlierDatabaseWithTwoLinesAsync();

        await EngineDatabase.MigrateAsync(database.Services);

        await using var context = await ContextAsync(database);
        var lines = (await context.Journal.AsNoTracking().Where(segment => segment.WorkflowInstanceId == "i1").ToListAsync())
            .OrderBy(segment => segment.FirstSequence).SelectMany(segment => segment.Entries).ToList();
        lines.Select(line => (line.Id, line.Sequence, line.EventName, line.NodeId)).Should().Equal(
            ("j1", 1L, "Started", "Workflow1:flow:step1"), ("j2", 2L, "Resumed", "Workflow1:flow:step1"));
        lines[0].Timestamp.Should().Be(new DateTimeOffset(FirstTicks - (FirstTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero));
        lines[0].Payload.Should().BeNull();
        lines[1].Payload!["n"]!.GetValue<int>().Should().Be(7);
        lines[1].ParentActivityInstanceId.Should().Be("a0");
    }

    [Fact]
    public async Task Down_Segments_BecomeOneRowPerLineAgain()
    {
        await using var database = await EarlierDatabaseWithTwoLinesAsync();
        await EngineDatabase.MigrateAsync(database.Services);

        await using (var context = await ContextAsync(database))
        {
            await context.GetService<IMigrator>().MigrateAsync(EarlierMigration);
        }

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id", "Sequence", "Timestamp", "Payload", "ParentActivityInstanceId" FROM "JournalRecords" ORDER BY "Sequence" """;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long, long, string?, string?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        rows.Should().Equal(
            ("j1", 1L, FirstTicks - (FirstTicks % TimeSpan.TicksPerMillisecond), null, null),
            ("j2", 2L, SecondTicks - (SecondTicks % TimeSpan.TicksPerMillisecond), """{"n":7}""", "a0"));
    }

    private static async Task<TestDatabase> EarlierDatabaseWithTwoLinesAsync()
    {
        var database = TestDatabase.CreateUnmigrated();
        Directory.CreateDirectory(Path.GetDirectoryName(database.DatabasePath)!);
        await using var context = await ContextAsync(database);
        context.Database.GetMigrations().Should().Contain(SegmentsMigration);
        await context.GetService<IMigrator>().MigrateAsync(EarlierMigration);
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $$"""
            INSERT INTO "JournalRecords" ("Id", "WorkflowInstanceId", "ActivityInstanceId", "ParentActivityInstanceId", "ActivityId",
                "ActivityType", "ActivityTypeVersion", "ActivityName", "NodeId", "Timestamp", "Sequence", "EventName", "Message", "Source", "Payload")
            VALUES ('j2', 'i1', 'a1', 'a0', 'step1', 'Elsa.Event', 1, NULL, 'Workflow1:flow:step1', {{SecondTicks}}, 2, 'Resumed', NULL, NULL, '{"n":7}'),
                   ('j1', 'i1', 'a1', NULL, 'step1', 'Elsa.Event', 1, NULL, 'Workflow1:flow:step1', {{FirstTicks}}, 1, 'Started', NULL, NULL, NULL);
            """;
        await command.ExecuteNonQueryAsync();
        return database;
    }

    private static Task<EngineDbContext> ContextAsync(TestDatabase database) =>
        database.Services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();
}
