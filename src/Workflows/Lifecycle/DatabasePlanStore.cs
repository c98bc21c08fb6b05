using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Activities.Plans;
using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Workflows.Lifecycle;

/// <summary>Keeps imported plans as <see cref="StoredPlan"/> rows in the engine database.</summary>
internal sealed class DatabasePlanStore(IDbContextFactory<EngineDbContext> contexts) : IPlanStore
{
    public async Task<StoredPlan?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<StoredPlan>().AsNoTracking().SingleOrDefaultAsync(plan => plan.ContentHash == contentHash, cancellationToken);
    }

    public async Task AddAsync(StoredPlan plan, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        context.Add(plan);
        await context.SaveChangesAsync(cancellationToken);
    }
}
