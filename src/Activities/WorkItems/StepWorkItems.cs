using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Activities.Escalations;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Activities.WorkItems;

/// <summary>The work items of the step that is running: opened, settled and cancelled in the burst's unit of work.</summary>
internal static class StepWorkItems
{
    public const string SystemUserName = "system";

    /// <summary>Opens an item in <paramref name="unitId"/>'s inbox with its own bookmark, resumed by <paramref name="onSettled"/>.</summary>
    public static WorkItem Open(
        ActivityExecutionContext context,
        StepDetails details,
        WorkItemSpecification specification,
        string unitId,
        Func<ActivityExecutionContext, ValueTask> onSettled)
    {
        var id = Identities(context).NewId();
        var bookmark = context.CreateBookmark(new WorkItemBookmarkPayload(id), onSettled);
        var now = context.TimeProvider.GetUtcNow();
        var item = new WorkItem
        {
            Id = id,
            PlanId = details.PlanId,
            TaskId = details.TaskId,
            Kind = specification.Kind,
            UnitId = unitId,
            Title = details.Title,
            Instructions = details.Instructions,
            SourceLines = details.SourceLines,
            DueDate = specification.DueDate,
            PeriodLabel = specification.PeriodLabel,
            WorkflowInstanceId = context.WorkflowInstanceId,
            ActivityInstanceId = context.ActivityInstanceId,
            BookmarkId = bookmark.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        context.UnitOfWork.Add(item);
        return item;
    }

    /// <summary>Every item the running step opened.</summary>
    public static IReadOnlyList<WorkItem> Of(ActivityExecutionContext context) =>
        [.. context.UnitOfWork.Query<WorkItem>().Where(item => item.ActivityInstanceId == context.ActivityInstanceId)];

    /// <summary>Applies the unit's decision to its item, records it in the item's history and resolves its escalations.</summary>
    /// <exception cref="WorkItemNotOpenException">The item was settled already.</exception>
    public static WorkItem Settle(ActivityExecutionContext context, WorkItemDecision decision)
    {
        var item = context.UnitOfWork.Query<WorkItem>().Single(candidate => candidate.Id == decision.WorkItemId);
        if (!item.IsOpen)
        {
            throw new WorkItemNotOpenException(item.Id, item.Status);
        }

        Close(context, item, decision.ResultingStatus, decision);
        return item;
    }

    /// <summary>Cancels the step's items still open: the step completed without them.</summary>
    public static void CancelOpen(ActivityExecutionContext context)
    {
        foreach (var item in Of(context).Where(item => item.IsOpen))
        {
            Close(context, item, WorkItemStatus.Cancelled, new WorkItemDecision(item.Id, WorkItemActionKind.Cancelled, SystemUserName, null, [], null));
        }
    }

    private static void Close(ActivityExecutionContext context, WorkItem item, WorkItemStatus status, WorkItemDecision decision)
    {
        var now = context.TimeProvider.GetUtcNow();
        item.Status = status;
        item.Touch(now);
        context.UnitOfWork.Add(WorkItemHistory.EntryFor(decision, Identities(context), now));
        EscalationRecorder.ResolveFor(context.UnitOfWork, item, now);
    }

    private static IIdentityGenerator Identities(ActivityExecutionContext context) => context.Services.GetRequiredService<IIdentityGenerator>();
}

/// <summary>What kind of item a step opens, due when, for which period.</summary>
internal sealed record WorkItemSpecification(WorkItemKind Kind, DateOnly? DueDate, string? PeriodLabel);
