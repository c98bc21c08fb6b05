using PlanWorkflows.Activities.WorkItems;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Activities.Escalations;

public sealed partial class Escalate
{
    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var planId = context.Get(PlanId);
        var taskId = context.Get(TaskId);
        var level = context.Get(Level);
        var toUnit = context.Get(ToUnit) is { Length: > 0 } unit ? unit : throw new MissingEscalationRecipientException(Id);
        var reason = context.Get(Reason);
        var open = context.UnitOfWork.Query<WorkItem>()
            .Where(item => item.PlanId == planId && item.TaskId == taskId && item.Status == WorkItemStatus.Open)
            .ToList();
        foreach (var item in open)
        {
            await EscalationRecorder.RaiseAsync(context, item, level, toUnit, reason);
        }

        await context.CompleteAsync();
    }
}
