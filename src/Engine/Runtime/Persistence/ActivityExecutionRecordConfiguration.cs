using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlanWorkflows.Engine.Runtime.Persistence;

internal sealed class ActivityExecutionRecordConfiguration : IEntityTypeConfiguration<ActivityExecutionRecord>
{
    public void Configure(EntityTypeBuilder<ActivityExecutionRecord> builder)
    {
        builder.ToTable("ActivityExecutions");
        builder.HasKey(record => record.Id);
        builder.Property(record => record.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(record => record.WorkflowInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(record => record.ActivityId).HasMaxLength(ColumnLengths.Name);
        builder.Property(record => record.ActivityNodeId).HasMaxLength(ColumnLengths.Name);
        builder.Property(record => record.ActivityType).HasMaxLength(ColumnLengths.Name);
        builder.Property(record => record.ActivityName).HasMaxLength(ColumnLengths.Name);
        builder.Property(record => record.Status).HasMaxLength(ColumnLengths.Enum);

        builder.HasIndex(record => new { record.WorkflowInstanceId, record.ActivityNodeId });
    }
}
