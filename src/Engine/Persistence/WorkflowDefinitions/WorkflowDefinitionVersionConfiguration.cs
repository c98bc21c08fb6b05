using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

internal sealed class WorkflowDefinitionVersionConfiguration : IEntityTypeConfiguration<WorkflowDefinitionVersion>
{
    private const int IdLength = 64;
    private const int NameLength = 400;

    public void Configure(EntityTypeBuilder<WorkflowDefinitionVersion> builder)
    {
        builder.ToTable("WorkflowDefinitionVersions");
        builder.HasKey(version => version.Id);
        builder.Property(version => version.Id).HasMaxLength(IdLength);
        builder.Property(version => version.DefinitionId).HasMaxLength(IdLength);
        builder.Property(version => version.Name).HasMaxLength(NameLength);
        builder.Property(version => version.ToolVersion).HasMaxLength(IdLength);
        builder.Property(version => version.MaterializerName).HasMaxLength(IdLength);

        builder.HasIndex(version => new { version.DefinitionId, version.Version }).IsUnique();
        builder.HasIndex(version => new { version.DefinitionId, version.IsLatest });
        builder.HasIndex(version => new { version.DefinitionId, version.IsPublished });
        builder.HasIndex(version => version.Name);
    }
}
