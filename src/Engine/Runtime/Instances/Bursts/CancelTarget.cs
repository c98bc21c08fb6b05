using Microsoft.EntityFrameworkCore;
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
        var instance = await context.WorkflowInstances.AsNoTracking().SingleOrDefaultAsync(row => row.Id == workflowInstanceId, cancellationToken);
        if (instance is null || instance.Status == WorkflowStatus.Finished)
        {
            return new BurstPreparation.Settled(BurstOutcome.Without(RuntimeOutcome.NotFound, instance));
        }

        var state = RuntimeJson.DeserializeState(instance.State);
        return new BurstPreparation.Ready(new PreparedBurst(instance, state, new BurstTrigger.Cancel(), RuntimeOutcome.Cancelled));
    }
}
