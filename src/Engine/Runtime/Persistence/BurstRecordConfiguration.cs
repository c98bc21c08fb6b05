using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlanWorkflows.Engine.Runtime.Persistence;

internal sealed class BurstRecordConfiguration : IEntityTypeConfiguration<BurstRecord>
{
    public void Configure(EntityTypeBuilder<BurstRecord> builder)
    {
        builder.ToTable("BurstRecords");
        // The key serves every read: an instance's records in revision order, filtered after reading.
        builder.HasKey(record => new { record.WorkflowInstanceId, record.Revision });
        builder.Property(record => record.WorkflowInstanceId).HasMaxLength(ColumnLengths.Id);
        builder.Property(record => record.Journal).AsRecordList();
        builder.Property(record => record.ActivityExecutions).AsRecordList();
    }
}
