using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanWorkflows.Engine.Runtime.Persistence;

namespace PlanWorkflows.Engine.Runtime.Stimuli;

/// <summary>A stored stimulus: what it matches (hash, filters), what it delivers (input) and its idempotency key.</summary>
internal abstract class StimulusRecord
{
    public required string Id { get; init; }
    public required string Hash { get; init; }
    public required string ActivityTypeName { get; init; }
    public string? Payload { get; init; }
    public string? CorrelationId { get; init; }
    public string? WorkflowInstanceId { get; init; }
    public required string Input { get; init; }
    public string? IdempotencyKey { get; init; }

    public static void ConfigureColumns<TRecord>(EntityTypeBuilder<TRecord> builder)
        where TRecord : StimulusRecord
    {
        builder.HasKey(stimulus => stimulus.Id);
        builder.Property(stimulus => stimulus.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(stimulus => stimulus.Hash).HasMaxLength(ColumnLengths.Hash);
        builder.Property(stimulus => stimulus.ActivityTypeName).HasMaxLength(ColumnLengths.Name);
        builder.Property(stimulus => stimulus.CorrelationId).HasMaxLength(ColumnLengths.Key);
        builder.Property(stimulus => stimulus.WorkflowInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(stimulus => stimulus.IdempotencyKey).HasMaxLength(ColumnLengths.Key);
    }
}
