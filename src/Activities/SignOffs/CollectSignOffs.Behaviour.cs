using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Activities.WorkItems;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Activities.SignOffs;

public sealed partial class CollectSignOffs
{
    internal const string ApprovedOutcome = "Approved";
    internal const string ChangesRequestedOutcome = "ChangesRequested";
    internal const string OverdueOutcome = "Overdue";

    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var details = ReadDetails(context);
        var items = OpenWorkItems(context, details, new WorkItemSpecification(WorkItemKind.SignOff, details.DueDate, null), context.Get(CoordinatingUnits));
        if (items.Count == 0)
        {
            return context.CompleteAsync(ApprovedOutcome);
        }

        if (details.DueDate is not { } dueDate)
        {
            return ValueTask.CompletedTask;
        }

        if (context.Get(StopWaitingWhenOverdue))
        {
            context.CreateBookmark(new OverdueTimerPayload(dueDate), OnOverdueAsync, PlanTime.StartOf(dueDate.AddDays(1)));
        }
        else
        {
            ScheduleEscalations(context, details.Policy, dueDate);
        }

        return ValueTask.CompletedTask;
    }

    private protected override ValueTask OnItemSettledAsync(ActivityExecutionContext context, WorkItem item)
    {
        if (item.Status == WorkItemStatus.ChangesRequested)
        {
            return CompleteAsync(context, ChangesRequestedOutcome);
        }

        var items = StepWorkItems.Of(context);
        var approvals = items.Count(candidate => candidate.Status == WorkItemStatus.Done);
        return approvals >= ApprovalsNeeded(context, items.Count) ? CompleteAsync(context, ApprovedOutcome) : ValueTask.CompletedTask;
    }

    private ValueTask OnOverdueAsync(ActivityExecutionContext context) => CompleteAsync(context, OverdueOutcome);

    private int ApprovalsNeeded(ActivityExecutionContext context, int units) => context.Get(Policy) switch
    {
        SignOffPolicy.Any => 1,
        SignOffPolicy.Quorum => Math.Clamp(ValueOr(context, Quorum, 1), 1, units),
        _ => units,
    };

    private static ValueTask CompleteAsync(ActivityExecutionContext context, string outcome)
    {
        StepWorkItems.CancelOpen(context);
        return context.CompleteAsync(outcome);
    }
}
