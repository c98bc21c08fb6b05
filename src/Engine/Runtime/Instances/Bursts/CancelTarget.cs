using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Persistence.Reads;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Instances.Bursts;

/// <summary>Cancels an unfinished instance.</summary>
internal sealed class CancelTarget(string workflowInstanceId) : IBurstTarget
{
    public BurstPreparation Prepare(ReadSession session)
    {
        var stored = session.FindInstance(workflowInstanceId);
        if (stored is not { Instance.Status: not WorkflowStatus.Finished })
        {
            return new BurstPreparation.Settled(BurstOutcome.Without(RuntimeOutcome.NotFound, stored?.Instance));
        }

        var burst = new PreparedBurst(stored.Instance, stored.State, stored.DefinitionRevision, new BurstTrigger.Cancel(), RuntimeOutcome.Cancelled);
        return new BurstPreparation.Ready(burst);
    }
}
