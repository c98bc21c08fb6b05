using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

/// <summary>A stand-in for the real executor: runs <see cref="TestWorkflows"/> by definition name.</summary>
internal sealed class ScriptedExecutor(TimeProvider clock) : IWorkflowExecutor
{
    private int bursts;

    public int Bursts => bursts;

    public ValueTask<BurstResult> RunAsync(BurstRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref bursts);
        var name = request.Definition.Name ?? string.Empty;
        var burst = new FakeBurst(request, clock);
        switch (request.Trigger)
        {
            case BurstTrigger.Start start:
                TestWorkflows.Start(name, burst, start.Input, clock.GetUtcNow());
                break;
            case BurstTrigger.Resume resume:
                TestWorkflows.Resume(name, burst, resume);
                break;
            case BurstTrigger.Cancel:
                burst.Cancel();
                break;
        }

        return ValueTask.FromResult(burst.Result());
    }
}
