using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Activities.Organization.Persistence;

/// <summary>Which units users belong to (user name → unit, role).</summary>
public interface IUnitMemberships
{
    Task<IReadOnlyList<UnitMembership>> OfUserAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>Adds the membership unless the user already belongs to the unit.</summary>
    Task AddAsync(UnitMembership membership, CancellationToken cancellationToken = default);
}

internal sealed class UnitMemberships(IDbContextFactory<EngineDbContext> contexts) : IUnitMemberships
{
    public async Task<IReadOnlyList<UnitMembership>> OfUserAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<UnitMembership>().AsNoTracking().Where(membership => membership.UserName == userName).ToListAsync(cancellationToken);
    }

    public async Task AddAsync(UnitMembership membership, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var exists = await context.Set<UnitMembership>().AnyAsync(
            existing => existing.UserName == membership.UserName && existing.UnitId == membership.UnitId, cancellationToken);
        if (!exists)
        {
            context.Add(membership);
            await context.SaveChangesAsync(cancellationToken);
        }
    }
}
