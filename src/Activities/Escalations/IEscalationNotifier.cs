using PlanWorkflows.Activities.WorkItems;

namespace PlanWorkflows.Activities.Escalations;

/// <summary>Tells the unit an escalation goes to (by mail, SMS, a message in its inbox ...).</summary>
public interface IEscalationNotifier
{
    ValueTask NotifyAsync(Escalation escalation, WorkItem workItem, CancellationToken cancellationToken);
}
