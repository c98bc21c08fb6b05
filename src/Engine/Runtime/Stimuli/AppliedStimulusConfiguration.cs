using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanWorkflows.Engine.Runtime.Persistence;

namespace PlanWorkflows.Engine.Runtime.Stimuli;

internal sealed class AppliedStimulusConfiguration : IEntityTypeConfiguration<AppliedStimulus>
{
    public void Configure(EntityTypeBuilder<AppliedStimulus> builder)
    {
        builder.ToTable("AppliedStimuli");
        builder.HasKey(applied => new { applied.WorkflowInstanceId, applied.IdempotencyKey });
        builder.Property(applied => applied.WorkflowInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(applied => applied.IdempotencyKey).HasMaxLength(ColumnLengths.Key);
        builder.HasIndex(applied => applied.IdempotencyKey);
    }
}
