using Microsoft.EntityFrameworkCore.Migrations;

namespace PlanWorkflows.Engine.Persistence.Migrations;

/// <summary>The tables on each side of <see cref="BurstRecordsMigration"/>, as the model describes them.</summary>
internal static class BurstRecordsSchema
{
    public static void CreateRecordTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ActivityExecutionOwners",
            columns: table => new
            {
                Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                WorkflowInstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ActivityExecutionOwners", owner => owner.Id));
        migrationBuilder.CreateTable(
            name: "BurstRecords",
            columns: table => new
            {
                WorkflowInstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Revision = table.Column<long>(type: "INTEGER", nullable: false),
                Journal = table.Column<string>(type: "TEXT", nullable: false),
                ActivityExecutions = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_BurstRecords", record => new { record.WorkflowInstanceId, record.Revision }));
    }

    public static void CreateRowTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ActivityExecutions",
            columns: table => new
            {
                Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                ActivityId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                ActivityName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                ActivityNodeId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                ActivityState = table.Column<string>(type: "TEXT", nullable: true),
                ActivityType = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                ActivityTypeVersion = table.Column<int>(type: "INTEGER", nullable: false),
                CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                HasBookmarks = table.Column<bool>(type: "INTEGER", nullable: false),
                Outputs = table.Column<string>(type: "TEXT", nullable: true),
                StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                WorkflowInstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ActivityExecutions", execution => execution.Id));
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
            name: "IX_ActivityExecutions_WorkflowInstanceId_ActivityNodeId",
            table: "ActivityExecutions",
            columns: ["WorkflowInstanceId", "ActivityNodeId"]);
        migrationBuilder.CreateIndex(
            name: "IX_JournalRecords_WorkflowInstanceId_Sequence",
            table: "JournalRecords",
            columns: ["WorkflowInstanceId", "Sequence"],
            unique: true);
    }
}
