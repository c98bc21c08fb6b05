using Microsoft.EntityFrameworkCore.Migrations;
using PlanWorkflows.Engine.Persistence.Migrations;

#nullable disable

namespace PlanWorkflows.Engine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BurstRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => BurstRecordsMigration.Up(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => BurstRecordsMigration.Down(migrationBuilder);
    }
}
