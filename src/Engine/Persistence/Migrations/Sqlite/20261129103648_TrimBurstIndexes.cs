using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlanWorkflows.Engine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TrimBurstIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_UpdatedAt",
                table: "WorkflowInstances");

            migrationBuilder.DropIndex(
                name: "IX_JournalRecords_WorkflowInstanceId_NodeId",
                table: "JournalRecords");

            migrationBuilder.DropIndex(
                name: "IX_Bookmarks_Hash",
                table: "Bookmarks");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_UpdatedAt",
                table: "WorkflowInstances",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_JournalRecords_WorkflowInstanceId_NodeId",
                table: "JournalRecords",
                columns: new[] { "WorkflowInstanceId", "NodeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookmarks_Hash",
                table: "Bookmarks",
                column: "Hash");
        }
    }
}
