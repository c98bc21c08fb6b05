using PlanWorkflows.Engine.Runtime.Stimuli;

namespace PlanWorkflows.Engine.Runtime.Instances.Bursts;

/// <summary>Runs a burst, then delivers the queued stimuli that waited for the bookmarks it created.</summary>
internal sealed class BurstDispatcher(BurstRunner runner, StimulusQueue queue)
{
    public async Task<IReadOnlyList<BurstOutcome>> RunAsync(IBurstTarget target, CancellationToken cancellationToken)
    {
        var outcome = await runner.RunAsync(target, cancellationToken);
        if (outcome.HashesWithQueuedStimuli.Count == 0)
        {
            return [outcome];
        }

        var delivered = await queue.DeliverAsync(outcome.HashesWithQueuedStimuli, cancellationToken);
        return [outcome, .. delivered];
    }
}
