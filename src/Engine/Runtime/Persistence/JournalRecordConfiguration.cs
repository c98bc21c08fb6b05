using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlanWorkflows.Engine.Runtime.Persistence;

internal sealed class JournalRecordConfiguration : IEntityTypeConfiguration<JournalRecord>
{
    public void Configure(EntityTypeBuilder<JournalRecord> builder)
    {
        builder.ToTable("JournalRecords");
        builder.HasKey(record => record.Id);
        builder.Property(record => record.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(record => record.WorkflowInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(record => record.ActivityInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(record => record.ParentActivityInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(record => record.ActivityId).HasMaxLength(ColumnLengths.Name);
        builder.Property(record => record.ActivityType).HasMaxLength(ColumnLengths.Name);
        builder.Property(record => record.ActivityName).HasMaxLength(ColumnLengths.Name);
        builder.Property(record => record.NodeId).HasMaxLength(ColumnLengths.Name);
        builder.Property(record => record.EventName).HasMaxLength(ColumnLengths.Name);
        builder.Property(record => record.Source).HasMaxLength(ColumnLengths.Name);

        builder.HasIndex(record => new { record.WorkflowInstanceId, record.Sequence }).IsUnique();
        builder.HasIndex(record => new { record.WorkflowInstanceId, record.NodeId });
    }
}
