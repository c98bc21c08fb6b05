using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanWorkflows.Activities.WorkItems;

namespace PlanWorkflows.Activities.Escalations;

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> builder)
    {
        builder.ToTable("Escalations");
        builder.HasKey(escalation => escalation.Id);
        builder.Property(escalation => escalation.Id).HasMaxLength(64);
        builder.Property(escalation => escalation.Level).HasMaxLength(32);
        builder.Property(escalation => escalation.FromUnitId).HasMaxLength(128);
        builder.Property(escalation => escalation.ToUnitId).HasMaxLength(128);
        builder.HasOne<WorkItem>().WithMany().HasForeignKey(escalation => escalation.WorkItemId);
        builder.HasIndex(escalation => new { escalation.WorkItemId, escalation.Level }).IsUnique();
        builder.HasIndex(escalation => new { escalation.ToUnitId, escalation.ResolvedAt });
    }
}
