using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>
/// The bookmark table: the indexed mirror of the bookmarks in the instances' states, matched by stimuli; a timer's
/// row also holds the lease of the scheduler firing it (shadow columns, not part of the bookmark).
/// </summary>
internal sealed class BookmarkConfiguration : IEntityTypeConfiguration<Bookmark>
{
    public const string LeaseOwner = nameof(LeaseOwner);
    public const string LeaseExpiresAt = nameof(LeaseExpiresAt);

    public void Configure(EntityTypeBuilder<Bookmark> builder)
    {
        builder.ToTable("Bookmarks");
        builder.HasKey(bookmark => bookmark.Id);
        builder.Property(bookmark => bookmark.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(bookmark => bookmark.WorkflowInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(bookmark => bookmark.ActivityTypeName).HasMaxLength(ColumnLengths.Name);
        builder.Property(bookmark => bookmark.Hash).HasMaxLength(ColumnLengths.Hash);
        builder.Property(bookmark => bookmark.Payload).AsJsonText();
        builder.Property(bookmark => bookmark.ActivityId).HasMaxLength(ColumnLengths.Name);
        builder.Property(bookmark => bookmark.ActivityNodeId).HasMaxLength(ColumnLengths.Name);
        builder.Property(bookmark => bookmark.ActivityInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(bookmark => bookmark.CorrelationId).HasMaxLength(ColumnLengths.Key);
        builder.Property(bookmark => bookmark.CallbackMethodName).HasMaxLength(ColumnLengths.Name);
        builder.Property<string?>(LeaseOwner).HasMaxLength(ColumnLengths.Id);
        builder.Property<DateTimeOffset?>(LeaseExpiresAt);

        // Also serves lookups by hash alone (its prefix). Every index here is written by every burst, so there is none
        // by instance: a stimulus for one instance finds its bookmarks in the instance's state, which this table mirrors.
        builder.HasIndex(bookmark => new { bookmark.Hash, bookmark.CorrelationId });
        // Timers only: an event's bookmark (most of them) never enters this index.
        builder.HasIndex(bookmark => bookmark.DueAt).HasFilter("\"DueAt\" IS NOT NULL");
    }
}
