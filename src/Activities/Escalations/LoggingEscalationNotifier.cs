using Microsoft.Extensions.Logging;
using PlanWorkflows.Activities.WorkItems;

namespace PlanWorkflows.Activities.Escalations;

/// <summary>The default notifier: a warning in the log (the escalation is also in the instance's journal).</summary>
internal sealed partial class LoggingEscalationNotifier(ILogger<LoggingEscalationNotifier> logger) : IEscalationNotifier
{
    public ValueTask NotifyAsync(Escalation escalation, WorkItem workItem, CancellationToken cancellationToken)
    {
        LogEscalation(escalation.Level, workItem.PlanId, workItem.TaskId, escalation.FromUnitId, escalation.ToUnitId, workItem.DueDate);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(LogLevel.Warning, "Escalation {Level}: task {TaskId} of plan {PlanId}, unit {UnitId} is late (due {DueDate}); told {ToUnitId}")]
    private partial void LogEscalation(EscalationLevel level, string planId, string taskId, string unitId, string toUnitId, DateOnly? dueDate);
}
