using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlanWorkflows.Activities.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddDefinitionDataRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DataRevision",
                table: "WorkflowDefinitionVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DataRevision",
                table: "WorkflowDefinitionVersions");
        }
    }
}
