using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlanWorkflows.Engine.Runtime.Persistence;

internal sealed class StoredBookmarkConfiguration : IEntityTypeConfiguration<StoredBookmark>
{
    public void Configure(EntityTypeBuilder<StoredBookmark> builder)
    {
        builder.ToTable("Bookmarks");
        builder.HasKey(bookmark => bookmark.Id);
        builder.Property(bookmark => bookmark.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(bookmark => bookmark.WorkflowInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(bookmark => bookmark.ActivityTypeName).HasMaxLength(ColumnLengths.Name);
        builder.Property(bookmark => bookmark.Hash).HasMaxLength(ColumnLengths.Hash);
        builder.Property(bookmark => bookmark.CorrelationId).HasMaxLength(ColumnLengths.Key);
        builder.Property(bookmark => bookmark.ActivityNodeId).HasMaxLength(ColumnLengths.Name);
        builder.Property(bookmark => bookmark.ActivityInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(bookmark => bookmark.LeaseOwner).HasMaxLength(ColumnLengths.Id);

        builder.HasIndex(bookmark => bookmark.Hash);
        builder.HasIndex(bookmark => new { bookmark.Hash, bookmark.CorrelationId });
        builder.HasIndex(bookmark => bookmark.WorkflowInstanceId);
        builder.HasIndex(bookmark => bookmark.DueAt);
    }
}
