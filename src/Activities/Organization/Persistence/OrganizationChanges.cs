using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Activities.WorkItems;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Activities.Organization.Persistence;

/// <summary>Changes to the directory that move work: a unit merged into (or renamed as) its successor.</summary>
public interface IOrganizationChanges
{
    /// <summary>
    /// Ends <paramref name="unitId"/> the day before <paramref name="effectiveFrom"/>, names its successor, replaces it in
    /// its groups and moves its open work items to the successor's inbox. Returns how many items moved.
    /// </summary>
    /// <exception cref="UnknownUnitException">Either unit is not in the directory.</exception>
    Task<int> MergeAsync(string unitId, string successorId, DateOnly effectiveFrom, string userName, CancellationToken cancellationToken = default);
}

internal sealed class OrganizationChanges(
    IDbContextFactory<EngineDbContext> contexts,
    DatabaseOrganizationDirectory directory,
    TimeProvider time,
    IIdentityGenerator identities) : IOrganizationChanges
{
    public async Task<int> MergeAsync(string unitId, string successorId, DateOnly effectiveFrom, string userName, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var unit = await context.Set<UnitRecord>().SingleOrDefaultAsync(record => record.Id == unitId, cancellationToken) ?? throw new UnknownUnitException(unitId);
        if (!await context.Set<UnitRecord>().AnyAsync(record => record.Id == successorId, cancellationToken))
        {
            throw new UnknownUnitException(successorId);
        }

        unit.ValidTo = effectiveFrom.AddDays(-1);
        unit.SuccessorId = successorId;
        await ReplaceInGroupsAsync(context, unitId, successorId, cancellationToken);
        var moved = await MoveOpenWorkItemsAsync(context, unitId, successorId, userName, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return moved;
    }

    private static async Task ReplaceInGroupsAsync(DbContext context, string unitId, string successorId, CancellationToken cancellationToken)
    {
        foreach (var group in await context.Set<GroupRecord>().ToListAsync(cancellationToken))
        {
            if (group.MemberIds.Remove(unitId) && !group.MemberIds.Contains(successorId))
            {
                group.MemberIds.Add(successorId);
            }
        }
    }

    private async Task<int> MoveOpenWorkItemsAsync(DbContext context, string unitId, string successorId, string userName, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var open = await context.Set<WorkItem>().Where(item => item.UnitId == unitId && item.Status == WorkItemStatus.Open).ToListAsync(cancellationToken);
        foreach (var item in open)
        {
            item.UnitId = successorId;
            item.AssigneeUserName = null;
            item.Touch(now);
            var move = new WorkItemDecision(item.Id, WorkItemActionKind.MovedToSuccessor, userName, $"{unitId} → {successorId}", [], null);
            context.Add(WorkItemHistory.EntryFor(move, identities, now));
        }

        return open.Count;
    }
}
