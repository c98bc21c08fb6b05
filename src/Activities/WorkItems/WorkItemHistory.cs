using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Engine.Identity;

namespace PlanWorkflows.Activities.WorkItems;

/// <summary>Makes the entries of a work item's history.</summary>
internal static class WorkItemHistory
{
    public static WorkItemAction EntryFor(WorkItemDecision decision, IIdentityGenerator identities, DateTimeOffset at) => new()
    {
        Id = identities.NewId(),
        WorkItemId = decision.WorkItemId,
        UserName = decision.UserName,
        Action = decision.Action,
        At = at,
        Comment = decision.Comment,
        Attachments = decision.Attachments,
        IdempotencyKey = decision.IdempotencyKey,
    };
}
