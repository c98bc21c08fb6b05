using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlanWorkflows.Activities.WorkItems;

internal sealed class WorkItemActionConfiguration : IEntityTypeConfiguration<WorkItemAction>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<WorkItemAction> builder)
    {
        builder.ToTable("WorkItemActions");
        builder.HasKey(action => action.Id);
        builder.Property(action => action.Id).HasMaxLength(64);
        builder.Property(action => action.UserName).HasMaxLength(256);
        builder.Property(action => action.Action).HasMaxLength(32);
        builder.Property(action => action.IdempotencyKey).HasMaxLength(200);
        builder.Property(action => action.Attachments)
            .HasConversion(
                attachments => JsonSerializer.Serialize(attachments, Json),
                json => JsonSerializer.Deserialize<List<Attachment>>(json, Json) ?? new List<Attachment>(),
                new ValueComparer<IReadOnlyList<Attachment>>(
                    (left, right) => left!.SequenceEqual(right!),
                    attachments => attachments.Aggregate(0, HashCode.Combine),
                    attachments => attachments.ToList()));
        builder.HasOne<WorkItem>().WithMany().HasForeignKey(action => action.WorkItemId);
        builder.HasIndex(action => action.WorkItemId);
        builder.HasIndex(action => action.IdempotencyKey).IsUnique();
    }
}
