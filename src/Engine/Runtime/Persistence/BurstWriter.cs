using PlanWorkflows.Engine.Runtime.Persistence.Rows;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>
/// Writes a burst's rows with compiled statements, in the transaction their connection has open: instance row, bookmark
/// changes, the burst's record (journal and activity executions) with its executions' owners, receipts. The instance row
/// comes first and alone: when it fails (an older revision, an instance id taken) nothing of the burst was written, so
/// the transaction can go on with other bursts.
/// </summary>
internal static class BurstWriter
{
    /// <summary>Writes the whole burst; returns the hashes of its new bookmarks that queued stimuli wait for.</summary>
    public static IReadOnlyList<string> Write(BurstStatements statements, BurstRows rows)
    {
        WriteInstance(statements, rows);
        return WriteRest(statements, rows);
    }

    /// <summary>
    /// Inserts a new instance's row, or updates a stored one from the revision the burst read. A failure here leaves
    /// nothing of the burst written: SQLite rolls back the failed statement alone.
    /// </summary>
    /// <exception cref="InstanceRevisionConflictException">Another burst committed since the revision was read.</exception>
    public static void WriteInstance(BurstStatements statements, BurstRows rows)
    {
        var statement = rows.InstanceWrite switch
        {
            InstanceWrite.Insert => statements.InsertInstance,
            InstanceWrite.UpdateState => statements.UpdateInstanceState,
            _ => statements.UpdateInstance,
        };
        if (statement.Execute(rows.Instance) == 0)
        {
            throw new InstanceRevisionConflictException(
                $"The workflow instance '{rows.InstanceId}' changed since revision {rows.Revision - 1} was read.");
        }
    }

    /// <summary>Everything after the instance row; returns the hashes of the new bookmarks that queued stimuli wait for.</summary>
    public static IReadOnlyList<string> WriteRest(BurstStatements statements, BurstRows rows)
    {
        foreach (var removed in rows.RemovedBookmarkIds)
        {
            statements.DeleteBookmark.Execute(removed);
        }

        ExecuteEach(statements.InsertBookmark, rows.CreatedBookmarks);
        if (rows.Record is { } record)
        {
            statements.InsertBurstRecord.Execute(record);
        }

        ExecuteEach(statements.InsertActivityExecutionOwner, rows.ActivityExecutionOwners);
        WriteReceipts(statements, rows);
        return rows.CreatedBookmarkHashes.Where(hash => statements.QueuedStimulusWithHash.Exists(hash)).ToList();
    }

    private static void ExecuteEach(SqliteStatement statement, IReadOnlyList<object[]> rows)
    {
        foreach (var row in rows)
        {
            statement.Execute(row);
        }
    }

    /// <summary>The idempotency key is recorded, and a queued stimulus is delivered once: losing it aborts this burst.</summary>
    private static void WriteReceipts(BurstStatements statements, BurstRows rows)
    {
        if (rows.AppliedStimulus is { } applied)
        {
            statements.InsertAppliedStimulus.Execute(applied);
        }

        if (rows.QueuedStimulusId is { } queuedId && statements.DeleteQueuedStimulus.Execute(queuedId) == 0)
        {
            throw new InstanceRevisionConflictException($"The queued stimulus '{queuedId}' was delivered by a concurrent burst.");
        }
    }
}
