using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Instances.Bursts;
using PlanWorkflows.Engine.Runtime.Persistence;
using PlanWorkflows.Engine.Runtime.Persistence.Reads;

namespace PlanWorkflows.Engine.Runtime.Stimuli;

/// <summary>
/// Stimuli that arrived before their bookmark. Each is delivered to one matching bookmark, in the burst's own
/// transaction (so at most once), as soon as such a bookmark appears; when it expires it becomes a dead letter.
/// </summary>
internal sealed class StimulusQueue(
    IDbContextFactory<EngineDbContext> contextFactory,
    WriteTransaction writeTransaction,
    ReadSessions sessions,
    BurstRunner runner,
    IIdentityGenerator identityGenerator,
    TimeProvider timeProvider,
    WorkflowRuntimeOptions options)
{
    /// <summary>Queues the stimulus, then delivers it at once if its bookmark appeared in the meantime.</summary>
    public async Task<IReadOnlyList<BurstOutcome>> EnqueueAsync(Stimulus stimulus, CancellationToken cancellationToken)
    {
        if (await WasAppliedAsync(stimulus, cancellationToken) || !await TryAddAsync(stimulus, cancellationToken))
        {
            return [BurstOutcome.Without(RuntimeOutcome.Duplicate)];
        }

        var delivered = await DeliverAsync([stimulus.Hash], cancellationToken);
        return delivered.Count > 0 ? delivered : [BurstOutcome.Without(RuntimeOutcome.Queued)];
    }

    /// <summary>Delivers the queued stimuli of the hashes, and of the bookmarks their bursts create in turn.</summary>
    public async Task<IReadOnlyList<BurstOutcome>> DeliverAsync(IEnumerable<string> hashes, CancellationToken cancellationToken)
    {
        var pending = new Queue<string>(hashes.Distinct(StringComparer.Ordinal));
        var delivered = new List<BurstOutcome>();
        while (pending.TryDequeue(out var hash))
        {
            foreach (var queued in await QueuedAsync(hash, cancellationToken))
            {
                if (await DeliverOneAsync(queued, cancellationToken) is { Outcome: RuntimeOutcome.Resumed } outcome)
                {
                    delivered.Add(outcome);
                    EnqueueNew(pending, outcome.HashesWithQueuedStimuli);
                }
            }
        }

        return delivered;
    }

    /// <summary>Delivers what can be delivered, then moves expired stimuli to the dead letters.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        List<string> hashes;
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            hashes = await context.QueuedStimuli.Select(stimulus => stimulus.Hash).Distinct().ToListAsync(cancellationToken);
        }

        await DeliverAsync(hashes, cancellationToken);
        await ExpireAsync(cancellationToken);
    }

    private Task<int> ExpireAsync(CancellationToken cancellationToken) =>
        writeTransaction.ExecuteAsync(async (context, token) =>
        {
            var now = timeProvider.GetUtcNow();
            var expired = await context.QueuedStimuli.Where(stimulus => stimulus.ExpiresAt <= now).ToListAsync(token);
            context.DeadLetters.AddRange(expired.Select(stimulus => DeadLetter.Expired(stimulus, now)));
            context.QueuedStimuli.RemoveRange(expired);
            return expired.Count;
        }, cancellationToken);

    private async Task<BurstOutcome?> DeliverOneAsync(QueuedStimulus queued, CancellationToken cancellationToken)
    {
        var matches = await sessions.ReadAsync(session => session.MatchBookmarks(queued.Hash, queued.CorrelationId, queued.WorkflowInstanceId), cancellationToken);
        foreach (var bookmark in matches)
        {
            var target = new ResumeTarget(bookmark, RuntimeJson.ReadObject(queued.Input))
            {
                IdempotencyKey = queued.IdempotencyKey,
                QueuedStimulusId = queued.Id,
                WhenConsumed = ConsumedBookmarkPolicy.Skip,
            };
            var outcome = await runner.RunAsync(target, cancellationToken);
            if (outcome.Outcome == RuntimeOutcome.Duplicate)
            {
                await RemoveAsync(queued.Id, cancellationToken);
            }

            if (outcome.Outcome != RuntimeOutcome.NotFound)
            {
                return outcome;
            }
        }

        return null;
    }

    private async Task<List<QueuedStimulus>> QueuedAsync(string hash, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.QueuedStimuli.AsNoTracking()
            .Where(stimulus => stimulus.Hash == hash && stimulus.ExpiresAt > now)
            .OrderBy(stimulus => stimulus.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> WasAppliedAsync(Stimulus stimulus, CancellationToken cancellationToken)
    {
        if (stimulus.IdempotencyKey is not { } key)
        {
            return false;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.AppliedStimuli.AnyAsync(
            applied => applied.IdempotencyKey == key
                && (stimulus.WorkflowInstanceId == null || applied.WorkflowInstanceId == stimulus.WorkflowInstanceId),
            cancellationToken);
    }

    /// <summary>False when a stimulus with the same hash and idempotency key is queued already.</summary>
    private async Task<bool> TryAddAsync(Stimulus stimulus, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        context.QueuedStimuli.Add(new QueuedStimulus
        {
            Id = identityGenerator.NewId(),
            Hash = stimulus.Hash,
            ActivityTypeName = stimulus.ActivityTypeName,
            Payload = RuntimeJson.Write(stimulus.Payload),
            CorrelationId = stimulus.CorrelationId,
            WorkflowInstanceId = stimulus.WorkflowInstanceId,
            Input = RuntimeJson.Write(stimulus.Input)!,
            IdempotencyKey = stimulus.IdempotencyKey,
            CreatedAt = now,
            ExpiresAt = now + options.StimulusTimeToLive,
        });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            if (await IsQueuedAsync(stimulus, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    private async Task<bool> IsQueuedAsync(Stimulus stimulus, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.QueuedStimuli.AnyAsync(
            queued => queued.Hash == stimulus.Hash && queued.IdempotencyKey == stimulus.IdempotencyKey, cancellationToken);
    }

    private async Task RemoveAsync(string queuedId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.QueuedStimuli.Where(stimulus => stimulus.Id == queuedId).ExecuteDeleteAsync(cancellationToken);
    }

    private static void EnqueueNew(Queue<string> pending, IEnumerable<string> hashes)
    {
        foreach (var hash in hashes.Where(hash => !pending.Contains(hash)))
        {
            pending.Enqueue(hash);
        }
    }
}
