using Microsoft.EntityFrameworkCore.Migrations;
using PlanWorkflows.Engine.Persistence.Migrations;

#nullable disable

namespace PlanWorkflows.Engine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JournalSegments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => JournalSegmentsMigration.Up(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => JournalSegmentsMigration.Down(migrationBuilder);
    }
}
