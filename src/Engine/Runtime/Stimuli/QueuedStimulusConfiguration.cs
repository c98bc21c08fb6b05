using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlanWorkflows.Engine.Runtime.Stimuli;

internal sealed class QueuedStimulusConfiguration : IEntityTypeConfiguration<QueuedStimulus>
{
    public void Configure(EntityTypeBuilder<QueuedStimulus> builder)
    {
        builder.ToTable("QueuedStimuli");
        StimulusRecord.ConfigureColumns(builder);
        builder.HasIndex(stimulus => stimulus.Hash);
        builder.HasIndex(stimulus => stimulus.ExpiresAt);
        builder.HasIndex(stimulus => new { stimulus.Hash, stimulus.IdempotencyKey }).IsUnique();
    }
}
