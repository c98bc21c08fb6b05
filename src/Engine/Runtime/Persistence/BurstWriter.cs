using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Instances.Bursts;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Runtime.Stimuli;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>Puts what a burst produced into its (open) transaction: state, bookmarks, journal, executions, receipts.</summary>
internal static class BurstWriter
{
    public static async Task WriteAsync(
        EngineDbContext context, PreparedBurst burst, BurstResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = burst.Instance.Revision == WorkflowInstance.UnsavedRevision
            ? []
            : await StoredExecutionIdsAsync(context, result.ActivityExecutions, cancellationToken);
        await WriteInstanceAsync(context, burst.Instance, result.State, cancellationToken);
        await WriteBookmarksAsync(context, result, cancellationToken);
        context.Journal.AddRange(result.Journal);
        WriteExecutions(context, result.ActivityExecutions, stored);
        if (burst.IdempotencyKey is { } key)
        {
            context.AppliedStimuli.Add(new AppliedStimulus { WorkflowInstanceId = burst.Instance.Id, IdempotencyKey = key, AppliedAt = now });
        }

        if (burst.QueuedStimulusId is { } queuedId)
        {
            await ConsumeQueuedAsync(context, queuedId, cancellationToken);
        }
    }

    /// <summary>
    /// Written first, so a burst that read an older revision stops before any other row: the revision check is the
    /// one conflict the runner retries.
    /// </summary>
    private static async Task WriteInstanceAsync(
        EngineDbContext context, WorkflowInstance instance, WorkflowState state, CancellationToken cancellationToken)
    {
        var readRevision = instance.Revision;
        instance.Apply(state, RuntimeJson.Serialize(state));
        if (readRevision == WorkflowInstance.UnsavedRevision)
        {
            context.WorkflowInstances.Add(instance);
            return;
        }

        var updated = await context.WorkflowInstances
            .Where(row => row.Id == instance.Id && row.Revision == readRevision)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(row => row.Status, instance.Status)
                    .SetProperty(row => row.SubStatus, instance.SubStatus)
                    .SetProperty(row => row.CorrelationId, instance.CorrelationId)
                    .SetProperty(row => row.Name, instance.Name)
                    .SetProperty(row => row.IncidentCount, instance.IncidentCount)
                    .SetProperty(row => row.UpdatedAt, instance.UpdatedAt)
                    .SetProperty(row => row.FinishedAt, instance.FinishedAt)
                    .SetProperty(row => row.State, instance.State)
                    .SetProperty(row => row.Revision, instance.Revision),
                cancellationToken);
        if (updated == 0)
        {
            throw new DbUpdateConcurrencyException($"The workflow instance '{instance.Id}' changed since revision {readRevision} was read.");
        }
    }

    private static async Task WriteBookmarksAsync(EngineDbContext context, BurstResult result, CancellationToken cancellationToken)
    {
        var removedIds = result.RemovedBookmarks.Select(bookmark => bookmark.Id).ToList();
        if (removedIds.Count > 0)
        {
            await context.Bookmarks.Where(bookmark => removedIds.Contains(bookmark.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        context.Bookmarks.AddRange(result.CreatedBookmarks);
    }

    /// <summary>The executions an earlier burst of the instance stored already; a new instance has none.</summary>
    private static async Task<HashSet<string>> StoredExecutionIdsAsync(
        EngineDbContext context, IReadOnlyList<ActivityExecution> executions, CancellationToken cancellationToken)
    {
        var ids = executions.Select(execution => execution.Id).ToList();
        return ids.Count == 0
            ? []
            : await context.ActivityExecutions
                .Where(execution => ids.Contains(execution.Id))
                .Select(execution => execution.Id)
                .ToHashSetAsync(cancellationToken);
    }

    private static void WriteExecutions(EngineDbContext context, IReadOnlyList<ActivityExecution> executions, HashSet<string> stored)
    {
        foreach (var execution in executions)
        {
            if (stored.Contains(execution.Id))
            {
                context.ActivityExecutions.Update(execution);
            }
            else
            {
                context.ActivityExecutions.Add(execution);
            }
        }
    }

    /// <summary>A queued stimulus is delivered once: losing it to a concurrent delivery aborts this burst.</summary>
    private static async Task ConsumeQueuedAsync(EngineDbContext context, string queuedId, CancellationToken cancellationToken)
    {
        var deleted = await context.QueuedStimuli.Where(stimulus => stimulus.Id == queuedId).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw new DbUpdateConcurrencyException($"The queued stimulus '{queuedId}' was delivered by a concurrent burst.");
        }
    }
}
