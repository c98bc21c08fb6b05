using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Persistence;

internal sealed class ActivityExecutionConfiguration : IEntityTypeConfiguration<ActivityExecution>
{
    public void Configure(EntityTypeBuilder<ActivityExecution> builder)
    {
        builder.ToTable("ActivityExecutions");
        builder.HasKey(execution => execution.Id);
        builder.Property(execution => execution.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(execution => execution.WorkflowInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(execution => execution.ActivityId).HasMaxLength(ColumnLengths.Name);
        builder.Property(execution => execution.ActivityNodeId).HasMaxLength(ColumnLengths.Name);
        builder.Property(execution => execution.ActivityType).HasMaxLength(ColumnLengths.Name);
        builder.Property(execution => execution.ActivityName).HasMaxLength(ColumnLengths.Name);
        builder.Property(execution => execution.Status).HasMaxLength(ColumnLengths.Enum);
        builder.Property(execution => execution.ActivityState).AsJsonText();
        builder.Property(execution => execution.Outputs).AsJsonText();

        builder.HasIndex(execution => new { execution.WorkflowInstanceId, execution.ActivityNodeId });
    }
}
