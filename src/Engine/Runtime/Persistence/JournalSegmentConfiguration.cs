using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Persistence;

internal sealed class JournalSegmentConfiguration : IEntityTypeConfiguration<JournalSegment>
{
    public void Configure(EntityTypeBuilder<JournalSegment> builder)
    {
        builder.ToTable("JournalSegments");
        // The key serves the instance's journal: its segments in sequence order, filtered after reading.
        builder.HasKey(segment => new { segment.WorkflowInstanceId, segment.FirstSequence });
        builder.Property(segment => segment.WorkflowInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(segment => segment.Entries).HasConversion(
            new ValueConverter<IReadOnlyList<JournalEntry>, string>(entries => RuntimeJson.Write(entries), text => RuntimeJson.ReadJournal(text)),
            new ValueComparer<IReadOnlyList<JournalEntry>>(
                (left, right) => ReferenceEquals(left, right) || (left != null && right != null && left.SequenceEqual(right)),
                entries => entries.Count,
                entries => entries.ToList()));
    }
}
