using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Persistence;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("JournalRecords");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(entry => entry.WorkflowInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(entry => entry.ActivityInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(entry => entry.ParentActivityInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(entry => entry.ActivityId).HasMaxLength(ColumnLengths.Name);
        builder.Property(entry => entry.ActivityType).HasMaxLength(ColumnLengths.Name);
        builder.Property(entry => entry.ActivityName).HasMaxLength(ColumnLengths.Name);
        builder.Property(entry => entry.NodeId).HasMaxLength(ColumnLengths.Name);
        builder.Property(entry => entry.EventName).HasMaxLength(ColumnLengths.Name);
        builder.Property(entry => entry.Source).HasMaxLength(ColumnLengths.Name);
        builder.Property(entry => entry.Payload).AsJsonText();

        // Also serves the journal of one node: the instance's range is read in order and filtered by node.
        builder.HasIndex(entry => new { entry.WorkflowInstanceId, entry.Sequence }).IsUnique();
    }
}
