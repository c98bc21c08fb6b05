using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Activities.Organization.Persistence;

namespace PlanWorkflows.Activities.WorkItems.Commands;

/// <summary>The checks every command makes before acting: new idempotency key, existing item, member of its unit, item open.</summary>
internal static class WorkItemGate
{
    /// <summary>The item to act on, or null when an action with <paramref name="idempotencyKey"/> was applied already.</summary>
    /// <exception cref="WorkItemNotFoundException">No item has the id.</exception>
    /// <exception cref="WorkItemAccessDeniedException">The user is not a member of the item's unit.</exception>
    /// <exception cref="WorkItemNotOpenException">The item is settled or cancelled.</exception>
    public static async Task<WorkItem?> OpenItemAsync(DbContext context, string workItemId, string userName, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (idempotencyKey is not null && await context.Set<WorkItemAction>().AnyAsync(action => action.IdempotencyKey == idempotencyKey, cancellationToken))
        {
            return null;
        }

        var item = await context.Set<WorkItem>().SingleOrDefaultAsync(candidate => candidate.Id == workItemId, cancellationToken)
            ?? throw new WorkItemNotFoundException(workItemId);
        await EnsureMemberAsync(context, userName, item, cancellationToken);
        return item.IsOpen ? item : throw new WorkItemNotOpenException(item.Id, item.Status);
    }

    /// <exception cref="WorkItemAccessDeniedException">The user is not a member of the item's unit.</exception>
    public static async Task EnsureMemberAsync(DbContext context, string userName, WorkItem item, CancellationToken cancellationToken)
    {
        var isMember = await context.Set<UnitMembership>().AnyAsync(membership => membership.UserName == userName && membership.UnitId == item.UnitId, cancellationToken);
        if (!isMember)
        {
            throw new WorkItemAccessDeniedException(userName, item.Id, item.UnitId);
        }
    }
}
