using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanWorkflows.Engine.Runtime.Persistence;

namespace PlanWorkflows.Engine.Runtime.Stimuli;

internal sealed class DeadLetterConfiguration : IEntityTypeConfiguration<DeadLetter>
{
    public void Configure(EntityTypeBuilder<DeadLetter> builder)
    {
        builder.ToTable("DeadLetters");
        builder.HasKey(letter => letter.Id);
        builder.Property(letter => letter.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(letter => letter.Hash).HasMaxLength(ColumnLengths.Hash);
        builder.Property(letter => letter.ActivityTypeName).HasMaxLength(ColumnLengths.Name);
        builder.Property(letter => letter.CorrelationId).HasMaxLength(ColumnLengths.Key);
        builder.Property(letter => letter.WorkflowInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(letter => letter.IdempotencyKey).HasMaxLength(ColumnLengths.Key);

        builder.HasIndex(letter => letter.DeadAt);
    }
}
