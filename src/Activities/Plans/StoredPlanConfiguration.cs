using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlanWorkflows.Activities.Plans;

internal sealed class StoredPlanConfiguration : IEntityTypeConfiguration<StoredPlan>
{
    public void Configure(EntityTypeBuilder<StoredPlan> builder)
    {
        builder.ToTable("Plans");
        builder.HasKey(plan => plan.Id);
        builder.Property(plan => plan.Id).HasMaxLength(128);
        builder.Property(plan => plan.DocumentNumber).HasMaxLength(128);
        builder.Property(plan => plan.Title).HasMaxLength(1000);
        builder.Property(plan => plan.FileName).HasMaxLength(260);
        builder.Property(plan => plan.ContentHash).HasMaxLength(64);
        builder.PrimitiveCollection(plan => plan.DefinitionIds);
        builder.HasIndex(plan => plan.ContentHash).IsUnique();
        builder.HasIndex(plan => plan.ImportedAt);
    }
}
