using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanWorkflows.Engine.Runtime.Persistence;

namespace PlanWorkflows.Engine.Runtime.Stimuli;

internal sealed class QueuedStimulusConfiguration : IEntityTypeConfiguration<QueuedStimulus>
{
    public void Configure(EntityTypeBuilder<QueuedStimulus> builder)
    {
        builder.ToTable("QueuedStimuli");
        builder.HasKey(stimulus => stimulus.Id);
        builder.Property(stimulus => stimulus.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(stimulus => stimulus.Hash).HasMaxLength(ColumnLengths.Hash);
        builder.Property(stimulus => stimulus.ActivityTypeName).HasMaxLength(ColumnLengths.Name);
        builder.Property(stimulus => stimulus.CorrelationId).HasMaxLength(ColumnLengths.Key);
        builder.Property(stimulus => stimulus.WorkflowInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(stimulus => stimulus.IdempotencyKey).HasMaxLength(ColumnLengths.Key);

        builder.HasIndex(stimulus => stimulus.Hash);
        builder.HasIndex(stimulus => stimulus.ExpiresAt);
        builder.HasIndex(stimulus => new { stimulus.Hash, stimulus.IdempotencyKey }).IsUnique();
    }
}
