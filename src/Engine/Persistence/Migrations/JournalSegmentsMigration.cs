using Microsoft.EntityFrameworkCore.Migrations;

namespace PlanWorkflows.Engine.Persistence.Migrations;

/// <summary>
/// Moves the journal from one row per line (<c>JournalRecords</c>) to one row per burst (<c>JournalSegments</c>) and
/// back, keeping every line: each stored line becomes a segment of one. Timestamps keep their milliseconds (SQLite's
/// date functions go no finer). Shared by the engine's migration set and the Host's combined one.
/// </summary>
public static class JournalSegmentsMigration
{
    private const string TicksAtUnixEpoch = "621355968000000000";

    public static void Up(MigrationBuilder migrationBuilder)
    {
        CreateSegments(migrationBuilder);
        migrationBuilder.Sql($"""
            INSERT INTO "JournalSegments" ("WorkflowInstanceId", "FirstSequence", "LastSequence", "Entries")
            SELECT "WorkflowInstanceId", "Sequence", "Sequence", json_array(json_object(
                'id', "Id", 'workflowInstanceId', "WorkflowInstanceId", 'activityInstanceId', "ActivityInstanceId",
                'parentActivityInstanceId', "ParentActivityInstanceId", 'activityId', "ActivityId", 'activityType', "ActivityType",
                'activityTypeVersion', "ActivityTypeVersion", 'activityName', "ActivityName", 'nodeId', "NodeId",
                'timestamp', strftime('%Y-%m-%dT%H:%M:%f', ("Timestamp" - {TicksAtUnixEpoch}) / 10000000.0, 'unixepoch') || '+00:00',
                'sequence', "Sequence", 'eventName', "EventName", 'message', "Message", 'source', "Source", 'payload', json("Payload")))
            FROM "JournalRecords";
            """);
        migrationBuilder.DropTable(name: "JournalRecords");
    }

    public static void Down(MigrationBuilder migrationBuilder)
    {
        CreateRecords(migrationBuilder);
        migrationBuilder.Sql($"""
            INSERT INTO "JournalRecords" ("Id", "WorkflowInstanceId", "ActivityInstanceId", "ParentActivityInstanceId", "ActivityId",
                "ActivityType", "ActivityTypeVersion", "ActivityName", "NodeId", "Timestamp", "Sequence", "EventName", "Message", "Source", "Payload")
            SELECT json_extract(line.value, '$.id'), segment."WorkflowInstanceId", json_extract(line.value, '$.activityInstanceId'),
                json_extract(line.value, '$.parentActivityInstanceId'), json_extract(line.value, '$.activityId'),
                json_extract(line.value, '$.activityType'), json_extract(line.value, '$.activityTypeVersion'),
                json_extract(line.value, '$.activityName'), json_extract(line.value, '$.nodeId'),
                CAST(round((julianday(json_extract(line.value, '$.timestamp')) - 2440587.5) * 86400000) AS INTEGER) * 10000 + {TicksAtUnixEpoch},
                json_extract(line.value, '$.sequence'), json_extract(line.value, '$.eventName'), json_extract(line.value, '$.message'),
                json_extract(line.value, '$.source'),
                CASE WHEN json_type(line.value, '$.payload') = 'object' THEN json_extract(line.value, '$.payload') END
            FROM "JournalSegments" AS segment, json_each(segment."Entries") AS line;
            """);
        migrationBuilder.DropTable(name: "JournalSegments");
    }

    private static void CreateSegments(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "JournalSegments",
            columns: table => new
            {
                WorkflowInstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                FirstSequence = table.Column<long>(type: "INTEGER", nullable: false),
                LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                Entries = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_JournalSegments", segment => new { segment.WorkflowInstanceId, segment.FirstSequence }));

    private static void CreateRecords(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "JournalRecords",
            columns: table => new
            {
                Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                ActivityId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                ActivityInstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                ActivityName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                ActivityType = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                ActivityTypeVersion = table.Column<int>(type: "INTEGER", nullable: false),
                EventName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                Message = table.Column<string>(type: "TEXT", nullable: true),
                NodeId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                ParentActivityInstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                Payload = table.Column<string>(type: "TEXT", nullable: true),
                Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                Source = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                Timestamp = table.Column<long>(type: "INTEGER", nullable: false),
                WorkflowInstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_JournalRecords", record => record.Id));
        migrationBuilder.CreateIndex(
            name: "IX_JournalRecords_WorkflowInstanceId_Sequence",
            table: "JournalRecords",
            columns: ["WorkflowInstanceId", "Sequence"],
            unique: true);
    }
}
