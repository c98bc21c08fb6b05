using System.Data.Common;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Instances.Bursts;
using PlanWorkflows.Engine.Runtime.Persistence.Rows;
using PlanWorkflows.Engine.Runtime.Stimuli;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>
/// Writes what a burst produced into an open transaction with prepared statements: instance row, bookmark changes,
/// journal, activity executions, receipts. The instance row comes first and alone: when it fails (an older revision,
/// an instance id taken) nothing of the burst was written, so the transaction can go on with other bursts.
/// </summary>
internal static class BurstWriter
{
    /// <summary>Writes the whole burst; returns the hashes of its new bookmarks that queued stimuli wait for.</summary>
    public static IReadOnlyList<string> Write(BurstStatements statements, DbTransaction transaction, BurstChanges changes)
    {
        WriteInstance(statements, transaction, changes.Burst.Instance);
        return WriteRest(statements, transaction, changes);
    }

    /// <summary>
    /// Inserts a new instance's row, or updates a stored one from the revision the burst read. A failure here leaves
    /// nothing of the burst written: SQLite rolls back the failed statement alone.
    /// </summary>
    /// <exception cref="InstanceRevisionConflictException">Another burst committed since the revision was read.</exception>
    public static void WriteInstance(BurstStatements statements, DbTransaction transaction, WorkflowInstance instance)
    {
        if (instance.Revision == WorkflowInstance.FirstRevision)
        {
            statements.InsertInstance.ExecuteFor(transaction, instance);
        }
        else if (statements.UpdateInstance.ExecuteFor(transaction, instance) == 0)
        {
            throw new InstanceRevisionConflictException(
                $"The workflow instance '{instance.Id}' changed since revision {instance.Revision - 1} was read.");
        }
    }

    /// <summary>Everything after the instance row; returns the hashes of the new bookmarks that queued stimuli wait for.</summary>
    public static IReadOnlyList<string> WriteRest(BurstStatements statements, DbTransaction transaction, BurstChanges changes)
    {
        var (burst, result, _, now) = changes;
        foreach (var removed in result.RemovedBookmarks)
        {
            statements.DeleteBookmark.Execute(transaction, removed.Id);
        }

        foreach (var created in result.CreatedBookmarks)
        {
            statements.InsertBookmark.ExecuteFor(transaction, created);
        }

        foreach (var entry in result.Journal)
        {
            statements.InsertJournalEntry.ExecuteFor(transaction, entry);
        }

        foreach (var execution in result.ActivityExecutions)
        {
            statements.UpsertActivityExecution.ExecuteFor(transaction, execution);
        }

        WriteReceipts(statements, transaction, burst, now);
        return result.CreatedBookmarks
            .Select(bookmark => bookmark.Hash)
            .Distinct(StringComparer.Ordinal)
            .Where(hash => statements.QueuedStimulusWithHash.Exists(transaction, hash))
            .ToList();
    }

    /// <summary>The idempotency key is recorded, and a queued stimulus is delivered once: losing it aborts this burst.</summary>
    private static void WriteReceipts(BurstStatements statements, DbTransaction transaction, PreparedBurst burst, DateTimeOffset now)
    {
        if (burst.IdempotencyKey is { } key)
        {
            var applied = new AppliedStimulus { WorkflowInstanceId = burst.Instance.Id, IdempotencyKey = key, AppliedAt = now };
            statements.InsertAppliedStimulus.ExecuteFor(transaction, applied);
        }

        if (burst.QueuedStimulusId is { } queuedId && statements.DeleteQueuedStimulus.Execute(transaction, queuedId) == 0)
        {
            throw new InstanceRevisionConflictException($"The queued stimulus '{queuedId}' was delivered by a concurrent burst.");
        }
    }
}
