using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Persistence;
using PlanWorkflows.Engine.Runtime.Persistence.Commits;
using PlanWorkflows.Engine.Runtime.Persistence.Reads;

namespace PlanWorkflows.Engine.Runtime.Instances.Bursts;

/// <summary>
/// Runs a target's burst and commits it atomically (alone, or with others in a group commit). The instance row's
/// revision guards the commit: a burst that read an older revision (another burst committed in between) rolls back and
/// runs again on fresh state after a short random pause, up to <see cref="WorkflowRuntimeOptions.MaxBurstAttempts"/> times.
/// </summary>
internal sealed class BurstRunner(
    IDbContextFactory<EngineDbContext> contextFactory,
    ReadSessions sessions,
    RuntimeSql sql,
    IWorkflowExecutor executor,
    DefinitionCache definitions,
    WriteGate gate,
    GroupCommitter committer,
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
            catch (InstanceRevisionConflictException) when (attempt < options.MaxBurstAttempts)
            {
                await PauseAsync(attempt, cancellationToken);
            }
            catch (Exception exception) when (exception is DbException or DbUpdateException)
            {
                // A unique key (idempotency key, instance id) may have been taken by a concurrent duplicate.
                if (await sessions.ReadAsync(target.Prepare, cancellationToken) is BurstPreparation.Settled settled)
                {
                    return settled.Outcome;
                }

                throw;
            }
        }
    }

    private async Task<BurstOutcome> RunOnceAsync(IBurstTarget target, CancellationToken cancellationToken)
    {
        var preparation = await sessions.ReadAsync(target.Prepare, cancellationToken);
        if (preparation is BurstPreparation.Settled settled)
        {
            return settled.Outcome;
        }

        var burst = ((BurstPreparation.Ready)preparation).Burst;
        var definition = await definitions.GetAsync(burst.State.DefinitionVersionId, burst.DefinitionRevision, cancellationToken);
        await using var unitOfWork = new BurstUnitOfWork(contextFactory, sql, gate, committer);
        var result = await executor.RunAsync(new BurstRequest(definition, burst.State, burst.Trigger, unitOfWork), cancellationToken);
        var waiting = await unitOfWork.CommitAsync(burst, result, timeProvider.GetUtcNow(), cancellationToken);
        return new BurstOutcome(burst.Outcome, new InstanceStatus(result.State.Id, result.State.Status, result.State.SubStatus), waiting);
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
