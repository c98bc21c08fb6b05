using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanWorkflows.Engine.Runtime.Persistence;

namespace PlanWorkflows.Engine.Runtime.Instances;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> builder)
    {
        builder.ToTable("WorkflowInstances");
        builder.HasKey(instance => instance.Id);
        builder.Property(instance => instance.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(instance => instance.DefinitionId).HasMaxLength(ColumnLengths.Id);
        builder.Property(instance => instance.DefinitionVersionId).HasMaxLength(ColumnLengths.Id);
        builder.Property(instance => instance.Status).HasMaxLength(ColumnLengths.Enum);
        builder.Property(instance => instance.SubStatus).HasMaxLength(ColumnLengths.Enum);
        builder.Property(instance => instance.CorrelationId).HasMaxLength(ColumnLengths.Key);
        builder.Property(instance => instance.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(instance => instance.Revision).IsConcurrencyToken();

        // No index on UpdatedAt: every burst changes it, and a list ordered by it is an occasional sort.

        builder.HasIndex(instance => instance.DefinitionId);
        builder.HasIndex(instance => instance.DefinitionVersionId);
        builder.HasIndex(instance => new { instance.Status, instance.SubStatus });
        builder.HasIndex(instance => instance.CorrelationId);
        builder.HasIndex(instance => instance.Name);
        builder.HasIndex(instance => instance.CreatedAt);
        builder.HasIndex(instance => instance.FinishedAt).HasFilter("\"FinishedAt\" IS NOT NULL");
    }
}
