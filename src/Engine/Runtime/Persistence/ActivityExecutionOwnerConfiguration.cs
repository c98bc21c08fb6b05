using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlanWorkflows.Engine.Runtime.Persistence;

internal sealed class ActivityExecutionOwnerConfiguration : IEntityTypeConfiguration<ActivityExecutionOwner>
{
    public void Configure(EntityTypeBuilder<ActivityExecutionOwner> builder)
    {
        builder.ToTable("ActivityExecutionOwners");
        builder.HasKey(owner => owner.Id);
        builder.Property(owner => owner.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(owner => owner.WorkflowInstanceId).HasMaxLength(ColumnLengths.Id);
    }
}
