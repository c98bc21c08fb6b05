using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Persistence;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Instances.Bursts;

/// <summary>Cancels an unfinished instance.</summary>
internal sealed class CancelTarget(string workflowInstanceId) : IBurstTarget
{
    public async Task<BurstPreparation> PrepareAsync(EngineDbContext context, CancellationToken cancellationToken)
    {
        var stored = await StoredInstance.FindAsync(context, workflowInstanceId, cancellationToken);
        if (stored is not { Instance.Status: not WorkflowStatus.Finished })
        {
            return new BurstPreparation.Settled(BurstOutcome.Without(RuntimeOutcome.NotFound, stored?.Instance));
        }

        var state = RuntimeJson.DeserializeState(stored.Instance.State);
        var burst = new PreparedBurst(stored.Instance, state, stored.DefinitionData, new BurstTrigger.Cancel(), RuntimeOutcome.Cancelled);
        return new BurstPreparation.Ready(burst);
    }
}
