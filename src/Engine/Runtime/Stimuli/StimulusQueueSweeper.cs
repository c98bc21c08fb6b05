using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Timers;

namespace PlanWorkflows.Engine.Runtime.Stimuli;

/// <summary>Periodically delivers queued stimuli whose bookmarks exist and moves expired ones to the dead letters.</summary>
public sealed class StimulusQueueSweeper : PeriodicRuntimeService
{
    private readonly StimulusQueue queue;

    internal StimulusQueueSweeper(StimulusQueue queue, TimeProvider timeProvider, WorkflowRuntimeOptions options)
        : base(timeProvider, options.SweepInterval) => this.queue = queue;

    public Task SweepAsync(CancellationToken cancellationToken = default) => queue.SweepAsync(cancellationToken);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);
}
