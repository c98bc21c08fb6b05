using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

/// <summary>An entity of "another assembly" (the plan activities' work items), added to the engine model by the tests.</summary>
public sealed class TestWorkItem
{
    public int Id { get; init; }
    public required string Key { get; init; }
    public required string WorkflowInstanceId { get; init; }

    /// <summary>The table the Host's migrations would create; the engine's own migrations do not know it.</summary>
    public const string CreateTableSql =
        "CREATE TABLE TestWorkItems (Id INTEGER PRIMARY KEY AUTOINCREMENT, Key TEXT NOT NULL UNIQUE, WorkflowInstanceId TEXT NOT NULL)";
}

internal sealed class TestWorkItemConfiguration : IEntityTypeConfiguration<TestWorkItem>
{
    public void Configure(EntityTypeBuilder<TestWorkItem> builder)
    {
        builder.ToTable("TestWorkItems");
        builder.HasKey(item => item.Id);
        builder.HasIndex(item => item.Key).IsUnique();
    }
}
