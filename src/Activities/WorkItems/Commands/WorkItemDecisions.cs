using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Instances;

namespace PlanWorkflows.Activities.WorkItems.Commands;

/// <summary>
/// Carries a unit's decision to the step waiting on the work item: the runtime resumes the item's bookmark and the
/// step applies the decision in the same transaction as the rest of its burst.
/// </summary>
internal static class WorkItemDecisions
{
    /// <exception cref="WorkItemActionNotAllowedException">The item is not of <paramref name="kind"/>.</exception>
    /// <exception cref="WorkItemNotOpenException">The item is settled, or its step no longer waits on it.</exception>
    public static async Task<WorkItemCommandResult> SendAsync(
        IDbContextFactory<EngineDbContext> contexts,
        IWorkflowRuntime runtime,
        WorkItemKind kind,
        WorkItemDecision decision,
        CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await WorkItemGate.OpenItemAsync(context, decision.WorkItemId, decision.UserName, decision.IdempotencyKey, cancellationToken);
        if (item is null)
        {
            return new WorkItemCommandResult(decision.WorkItemId, WorkItemCommandOutcome.AlreadyApplied);
        }

        if (item.Kind != kind)
        {
            throw new WorkItemActionNotAllowedException(item.Id, item.Kind, decision.Action);
        }

        var result = await runtime.ResumeAsync(item.BookmarkId, decision.ToJson(), decision.IdempotencyKey, cancellationToken);
        return result.Outcome switch
        {
            RuntimeOutcome.Duplicate => new WorkItemCommandResult(item.Id, WorkItemCommandOutcome.AlreadyApplied),
            RuntimeOutcome.NotFound => throw new WorkItemNotOpenException(item.Id, item.Status),
            _ => new WorkItemCommandResult(item.Id, WorkItemCommandOutcome.Applied),
        };
    }
}
