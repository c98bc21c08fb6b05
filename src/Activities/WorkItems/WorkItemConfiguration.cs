using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlanWorkflows.Activities.WorkItems;

internal sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> builder)
    {
        builder.ToTable("WorkItems");
        builder.HasKey(item => item.Id);
        builder.Property(item => item.Id).HasMaxLength(64);
        builder.Property(item => item.PlanId).HasMaxLength(128);
        builder.Property(item => item.TaskId).HasMaxLength(128);
        builder.Property(item => item.UnitId).HasMaxLength(128);
        builder.Property(item => item.Kind).HasMaxLength(32);
        builder.Property(item => item.Status).HasMaxLength(32);
        builder.Property(item => item.Title).HasMaxLength(1000);
        builder.Property(item => item.PeriodLabel).HasMaxLength(128);
        builder.Property(item => item.Version).IsConcurrencyToken();
        builder.Ignore(item => item.IsOpen);
        builder.HasIndex(item => new { item.UnitId, item.Status });
        builder.HasIndex(item => new { item.PlanId, item.TaskId });
        builder.HasIndex(item => item.DueDate);
        builder.HasIndex(item => item.ActivityInstanceId);
    }
}
