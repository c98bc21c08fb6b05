using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Persistence;
using PlanWorkflows.Engine.Runtime.Stimuli;

namespace PlanWorkflows.Engine.Runtime.Instances.Bursts;

/// <summary>
/// Runs a target's burst and commits it in one transaction. The instance row's revision guards the commit: a burst
/// that read an older revision (another burst committed in between) rolls back and runs again on fresh state after a
/// short random pause, up to <see cref="WorkflowRuntimeOptions.MaxBurstAttempts"/> times.
/// </summary>
internal sealed class BurstRunner(
    IDbContextFactory<EngineDbContext> contextFactory,
    IWorkflowExecutor executor,
    DefinitionCache definitions,
    BurstWriteGate gate,
    TimeProvider timeProvider,
    WorkflowRuntimeOptions options)
{
    private static readonly TimeSpan MaxPause = TimeSpan.FromMilliseconds(50);

    public async Task<BurstOutcome> RunAsync(IBurstTarget target, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(target, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < options.MaxBurstAttempts)
            {
                await PauseAsync(attempt, cancellationToken);
            }
            catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
            {
                // A unique key (idempotency key, instance id) may have been taken by a concurrent duplicate.
                if (await PrepareAsync(target, cancellationToken) is BurstPreparation.Settled settled)
                {
                    return settled.Outcome;
                }

                throw;
            }
        }
    }

    private async Task<BurstOutcome> RunOnceAsync(IBurstTarget target, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var preparation = await target.PrepareAsync(context, cancellationToken);
        if (preparation is BurstPreparation.Settled settled)
        {
            return settled.Outcome;
        }

        var burst = ((BurstPreparation.Ready)preparation).Burst;
        var definition = definitions.Get(burst.State.DefinitionVersionId, burst.DefinitionData);
        await using var unitOfWork = new BurstUnitOfWork(context, gate);
        var result = await executor.RunAsync(new BurstRequest(definition, burst.State, burst.Trigger, unitOfWork), cancellationToken);
        await unitOfWork.BeginAsync(cancellationToken);
        await BurstWriter.WriteAsync(context, burst, result, timeProvider.GetUtcNow(), cancellationToken);
        var waiting = await WaitingStimuli.HashesAsync(context, result.CreatedBookmarks, cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
        return new BurstOutcome(burst.Outcome, new InstanceStatus(result.State.Id, result.State.Status, result.State.SubStatus), waiting);
    }

    private async Task<BurstPreparation> PrepareAsync(IBurstTarget target, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await target.PrepareAsync(context, cancellationToken);
    }

    /// <summary>
    /// Random pauses, growing with the attempt, spread the contenders so one of them wins each round. Wall-clock on
    /// purpose: the pause paces database contention, it is not workflow time.
    /// </summary>
    private static Task PauseAsync(int attempt, CancellationToken cancellationToken)
    {
        var ceiling = Math.Min(MaxPause.TotalMilliseconds, Math.Pow(2, Math.Min(attempt, 10)));
        return Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling), cancellationToken);
    }
}
