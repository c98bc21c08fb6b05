using PlanWorkflows.Activities.WorkItems;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Activities.Tasks;

public sealed partial class AssignTask
{
    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var details = ReadDetails(context);
        var items = OpenWorkItems(context, details, new WorkItemSpecification(WorkItemKind.Assignment, details.DueDate, null), context.Get(LeadUnits));
        if (items.Count == 0)
        {
            return context.CompleteAsync();
        }

        if (details.DueDate is { } dueDate)
        {
            ScheduleEscalations(context, details.Policy, dueDate);
        }

        return ValueTask.CompletedTask;
    }

    private protected override ValueTask OnItemSettledAsync(ActivityExecutionContext context, WorkItem item) =>
        StepWorkItems.Of(context).All(candidate => candidate.Status == WorkItemStatus.Done) ? context.CompleteAsync() : ValueTask.CompletedTask;
}
