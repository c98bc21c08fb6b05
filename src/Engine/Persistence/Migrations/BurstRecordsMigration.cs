using Microsoft.EntityFrameworkCore.Migrations;
using PlanWorkflows.Engine.Runtime.Persistence;

namespace PlanWorkflows.Engine.Persistence.Migrations;

/// <summary>
/// Moves the journal (<c>JournalRecords</c>, a row per line) and the activity executions (<c>ActivityExecutions</c>, a
/// row per execution) into <c>BurstRecords</c>, a row per burst, and back. Nothing is lost: each instance's earlier
/// history becomes one record of <see cref="BurstRecord.EarlierHistoryRevision"/>, and every execution gets its owner
/// row. Instants keep their milliseconds (SQLite's date functions go no finer). Shared by the engine's migration set
/// and the Host's combined one.
/// </summary>
public static class BurstRecordsMigration
{
    private const string Line = "line.value";
    private const string Execution = "execution.value";

    public static void Up(MigrationBuilder migrationBuilder)
    {
        BurstRecordsSchema.CreateRecordTables(migrationBuilder);
        migrationBuilder.Sql("""
            INSERT INTO "ActivityExecutionOwners" ("Id", "WorkflowInstanceId") SELECT "Id", "WorkflowInstanceId" FROM "ActivityExecutions";
            """);
        migrationBuilder.Sql($"""
            INSERT INTO "BurstRecords" ("WorkflowInstanceId", "Revision", "Journal", "ActivityExecutions")
            SELECT owner."Id", {BurstRecord.EarlierHistoryRevision},
                (SELECT json_group_array(json(line)) FROM (SELECT json_object(
                    'id', "Id", 'workflowInstanceId', "WorkflowInstanceId", 'activityInstanceId', "ActivityInstanceId",
                    'parentActivityInstanceId', "ParentActivityInstanceId", 'activityId', "ActivityId", 'activityType', "ActivityType",
                    'activityTypeVersion', "ActivityTypeVersion", 'activityName', "ActivityName", 'nodeId', "NodeId",
                    'timestamp', {IsoOf("\"Timestamp\"")}, 'sequence', "Sequence", 'eventName', "EventName", 'message', "Message",
                    'source', "Source", 'payload', json("Payload")) AS line
                    FROM "JournalRecords" WHERE "WorkflowInstanceId" = owner."Id" ORDER BY "Sequence")),
                (SELECT json_group_array(json(execution)) FROM (SELECT json_object(
                    'id', "Id", 'workflowInstanceId', "WorkflowInstanceId", 'activityId', "ActivityId", 'activityNodeId', "ActivityNodeId",
                    'activityType', "ActivityType", 'activityTypeVersion', "ActivityTypeVersion", 'activityName', "ActivityName",
                    'status', "Status", 'activityState', json("ActivityState"), 'outputs', json("Outputs"),
                    'hasBookmarks', json(CASE WHEN "HasBookmarks" THEN 'true' ELSE 'false' END),
                    'startedAt', {IsoOf("\"StartedAt\"")}, 'completedAt', {IsoOf("\"CompletedAt\"")}) AS execution
                    FROM "ActivityExecutions" WHERE "WorkflowInstanceId" = owner."Id" ORDER BY "StartedAt"))
            FROM (SELECT "WorkflowInstanceId" AS "Id" FROM "JournalRecords" UNION SELECT "WorkflowInstanceId" FROM "ActivityExecutions") AS owner;
            """);
        migrationBuilder.DropTable(name: "JournalRecords");
        migrationBuilder.DropTable(name: "ActivityExecutions");
    }

    public static void Down(MigrationBuilder migrationBuilder)
    {
        BurstRecordsSchema.CreateRowTables(migrationBuilder);
        migrationBuilder.Sql($"""
            INSERT INTO "JournalRecords" ("Id", "WorkflowInstanceId", "ActivityInstanceId", "ParentActivityInstanceId", "ActivityId",
                "ActivityType", "ActivityTypeVersion", "ActivityName", "NodeId", "Timestamp", "Sequence", "EventName", "Message", "Source", "Payload")
            SELECT {Field(Line, "id")}, record."WorkflowInstanceId", {Field(Line, "activityInstanceId")}, {Field(Line, "parentActivityInstanceId")},
                {Field(Line, "activityId")}, {Field(Line, "activityType")}, {Field(Line, "activityTypeVersion")}, {Field(Line, "activityName")},
                {Field(Line, "nodeId")}, {TicksOf(Field(Line, "timestamp"))}, {Field(Line, "sequence")}, {Field(Line, "eventName")},
                {Field(Line, "message")}, {Field(Line, "source")}, {ObjectField(Line, "payload")}
            FROM "BurstRecords" AS record, json_each(record."Journal") AS line;
            """);
        migrationBuilder.Sql($"""
            INSERT INTO "ActivityExecutions" ("Id", "WorkflowInstanceId", "ActivityId", "ActivityNodeId", "ActivityType", "ActivityTypeVersion",
                "ActivityName", "Status", "ActivityState", "Outputs", "HasBookmarks", "StartedAt", "CompletedAt")
            SELECT {Field(Execution, "id")}, record."WorkflowInstanceId", {Field(Execution, "activityId")}, {Field(Execution, "activityNodeId")},
                {Field(Execution, "activityType")}, {Field(Execution, "activityTypeVersion")}, {Field(Execution, "activityName")},
                {Field(Execution, "status")}, {ObjectField(Execution, "activityState")}, {ObjectField(Execution, "outputs")},
                {Field(Execution, "hasBookmarks")}, {TicksOf(Field(Execution, "startedAt"))}, {TicksOf(Field(Execution, "completedAt"))}
            FROM "BurstRecords" AS record, json_each(record."ActivityExecutions") AS execution
            WHERE record."Revision" = (SELECT MAX(later."Revision") FROM "BurstRecords" AS later, json_each(later."ActivityExecutions") AS same
                WHERE later."WorkflowInstanceId" = record."WorkflowInstanceId" AND {Field("same.value", "id")} = {Field(Execution, "id")});
            """);
        migrationBuilder.DropTable(name: "ActivityExecutionOwners");
        migrationBuilder.DropTable(name: "BurstRecords");
    }

    /// <summary>UTC ticks as ISO-8601 text (null stays null).</summary>
    private static string IsoOf(string ticks) =>
        $"strftime('%Y-%m-%dT%H:%M:%f', ({ticks} - {TimeSpan.TicksPerDay * 719162}) / {TimeSpan.TicksPerSecond}.0, 'unixepoch') || '+00:00'";

    /// <summary>ISO-8601 text as UTC ticks, to the millisecond (null stays null).</summary>
    private static string TicksOf(string iso) =>
        $"CAST(round((julianday({iso}) - 2440587.5) * 86400000) AS INTEGER) * {TimeSpan.TicksPerMillisecond} + {TimeSpan.TicksPerDay * 719162}";

    private static string Field(string json, string name) => $"json_extract({json}, '$.{name}')";

    private static string ObjectField(string json, string name) =>
        $"CASE WHEN json_type({json}, '$.{name}') = 'object' THEN {Field(json, name)} END";
}
