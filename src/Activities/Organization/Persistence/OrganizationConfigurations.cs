using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlanWorkflows.Activities.Organization.Persistence;

internal sealed class UnitRecordConfiguration : IEntityTypeConfiguration<UnitRecord>
{
    public void Configure(EntityTypeBuilder<UnitRecord> builder)
    {
        builder.ToTable("OrganizationUnits");
        builder.HasKey(unit => unit.Id);
        builder.Property(unit => unit.Id).HasMaxLength(128);
        builder.Property(unit => unit.Name).HasMaxLength(500);
        builder.Property(unit => unit.Kind).HasMaxLength(64);
        builder.Property(unit => unit.ParentId).HasMaxLength(128);
        builder.Property(unit => unit.SuccessorId).HasMaxLength(128);
        builder.PrimitiveCollection(unit => unit.Aliases);
    }
}

internal sealed class GroupRecordConfiguration : IEntityTypeConfiguration<GroupRecord>
{
    public void Configure(EntityTypeBuilder<GroupRecord> builder)
    {
        builder.ToTable("OrganizationGroups");
        builder.HasKey(group => group.Id);
        builder.Property(group => group.Id).HasMaxLength(128);
        builder.Property(group => group.Name).HasMaxLength(500);
        builder.PrimitiveCollection(group => group.Aliases);
        builder.PrimitiveCollection(group => group.MemberIds);
    }
}

internal sealed class UnitMembershipConfiguration : IEntityTypeConfiguration<UnitMembership>
{
    public void Configure(EntityTypeBuilder<UnitMembership> builder)
    {
        builder.ToTable("UnitMemberships");
        builder.HasKey(membership => new { membership.UserName, membership.UnitId });
        builder.Property(membership => membership.UserName).HasMaxLength(256);
        builder.Property(membership => membership.UnitId).HasMaxLength(128);
        builder.Property(membership => membership.Role).HasMaxLength(32);
        builder.HasIndex(membership => membership.UnitId);
    }
}
