using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Activities.Organization.Persistence;

/// <summary>Fills an empty directory from a directory file (the Kon Rẫy 2024 sample by default).</summary>
internal sealed class OrganizationDirectorySeeder(IDbContextFactory<EngineDbContext> contexts, DatabaseOrganizationDirectory directory)
{
    /// <summary>Adds the source's units and groups when the directory has no unit yet; true when it did.</summary>
    public async Task<bool> SeedAsync(InMemoryOrganizationDirectory source, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (await context.Set<UnitRecord>().AnyAsync(cancellationToken))
        {
            return false;
        }

        context.AddRange(source.Units.Select(UnitRecord.From));
        context.AddRange(source.Groups.Select(GroupRecord.From));
        await context.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return true;
    }
}
