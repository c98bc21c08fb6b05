using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Activities.WorkItems.Commands;

/// <summary>Applies an action that changes the work item itself but not the workflow (acknowledge, reassign).</summary>
internal static class WorkItemUpdates
{
    public static async Task<WorkItemCommandResult> ApplyAsync(
        IDbContextFactory<EngineDbContext> contexts,
        WorkItemDecision decision,
        TimeProvider time,
        IIdentityGenerator identities,
        Func<DbContext, WorkItem, DateTimeOffset, Task> change,
        CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await WorkItemGate.OpenItemAsync(context, decision.WorkItemId, decision.UserName, decision.IdempotencyKey, cancellationToken);
        if (item is null)
        {
            return new WorkItemCommandResult(decision.WorkItemId, WorkItemCommandOutcome.AlreadyApplied);
        }

        var now = time.GetUtcNow();
        await change(context, item, now);
        item.Touch(now);
        context.Add(WorkItemHistory.EntryFor(decision, identities, now));
        await context.SaveChangesAsync(cancellationToken);
        return new WorkItemCommandResult(item.Id, WorkItemCommandOutcome.Applied);
    }
}
