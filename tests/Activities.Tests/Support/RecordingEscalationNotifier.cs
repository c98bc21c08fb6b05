using PlanWorkflows.Activities.Escalations;
using PlanWorkflows.Activities.WorkItems;

namespace PlanWorkflows.Activities.Tests.Support;

internal sealed class RecordingEscalationNotifier : IEscalationNotifier
{
    public List<Escalation> Notified { get; } = [];

    public ValueTask NotifyAsync(Escalation escalation, WorkItem workItem, CancellationToken cancellationToken)
    {
        Notified.Add(escalation);
        return ValueTask.CompletedTask;
    }
}
