using System.Data;
using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using PlanWorkflows.Engine.Persistence;
using SQLitePCL;

namespace PlanWorkflows.Engine.Runtime.Persistence.Commits;

/// <summary>
/// Group commit: the bursts that finish while one transaction is being written share the next one. A burst that
/// conflicts is rejected alone; a caller hears back only after the transaction holding its burst committed, so what it
/// is told is durable. A lone burst commits at once: nothing waits for company.
/// </summary>
internal sealed partial class GroupCommitter(
    IDbContextFactory<EngineDbContext> contextFactory,
    RuntimeSql sql,
    WriteGate gate,
    WalCheckpointer checkpointer,
    ILogger<GroupCommitter> logger) : IAsyncDisposable, IDisposable
{
    private const int MaxGroupSize = 256;
    private readonly BlockingCollection<PendingCommit> queue = new(new ConcurrentQueue<PendingCommit>());
    private readonly BackgroundLoop loop = new("Group commit");
    private WriterSession? session;
    private int disposed;

    /// <summary>Queues the burst for the next group; completes when that group committed (or fails with the burst's error).</summary>
    public Task<IReadOnlyList<string>> CommitAsync(BurstChanges changes)
    {
        ObjectDisposedException.ThrowIf(queue.IsAddingCompleted, this);
        var pending = new PendingCommit(changes);
        loop.EnsureStarted(Run);
        queue.Add(pending);
        return pending.Committed;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        queue.CompleteAdding();
        await loop.Stopped;
        queue.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Runs on the loop's own thread until the queue is completed and empty.</summary>
    private void Run()
    {
        var group = new List<PendingCommit>(MaxGroupSize);
        while (queue.TryTake(out var first, Timeout.Infinite))
        {
            group.Add(first);
            while (group.Count < MaxGroupSize && queue.TryTake(out var pending))
            {
                group.Add(pending);
            }

            var failure = CommitGroup(group);
            foreach (var pending in group)
            {
                pending.Settle(failure);
            }

            group.Clear();
        }

        ResetSession();
    }

    /// <summary>
    /// Returns the failure of the whole group (the connection could not open, the commit failed), which every burst
    /// of the group reports to its caller; the loop itself goes on with the next group.
    /// </summary>
    private Exception? CommitGroup(List<PendingCommit> group)
    {
        gate.Enter();
        try
        {
            session ??= WriterSession.Open(contextFactory, sql.Writes);
            if (checkpointer.IsFarBehind)
            {
                checkpointer.CheckpointWith(session.Context.Database.GetDbConnection());
            }

            IReadOnlyList<PendingCommit> remaining = group;
            while (TryCommit(remaining) is { } spoiler)
            {
                remaining = remaining.Where(pending => pending != spoiler).ToList();
            }

            checkpointer.Committed(remaining.Count);
            return null;
        }
        catch (Exception exception)
        {
            LogGroupFailed(group.Count, exception);
            ResetSession();
            return exception;
        }
        finally
        {
            gate.Exit();
        }
    }

    /// <summary>
    /// Writes the bursts in one transaction and commits it. A burst whose instance row fails (a conflict, an id taken)
    /// wrote nothing and is rejected alone. One that fails after writing rows spoils the transaction: it rolls back,
    /// that burst is rejected and returned, and the caller writes the others again. Savepoints would isolate bursts
    /// too, but SQLite's cost them more than the whole burst.
    /// </summary>
    private PendingCommit? TryCommit(IReadOnlyList<PendingCommit> group)
    {
        using var transaction = session!.Context.Database.BeginTransaction(IsolationLevel.Serializable);
        foreach (var pending in group)
        {
            if (!TryWriteInstance(pending))
            {
                continue;
            }

            try
            {
                pending.Written(BurstWriter.WriteRest(session.Statements, pending.Changes.Rows));
                SaveActivityRecords(pending.Changes.ActivityRecords);
            }
            catch (Exception exception)
            {
                // Not hidden: the burst's caller receives it; the transaction rolls back when disposed.
                session.Context.ChangeTracker.Clear();
                pending.Rejected(exception);
                return pending;
            }
        }

        transaction.Commit();
        return null;
    }

    /// <summary>
    /// Only a lost revision or a constraint (an instance id taken) is the burst's own clean failure: SQLite undid that
    /// one statement and the transaction goes on. Any other error (I/O, a full disk) fails the whole group.
    /// </summary>
    private bool TryWriteInstance(PendingCommit pending)
    {
        try
        {
            BurstWriter.WriteInstance(session!.Statements, pending.Changes.Rows);
            return true;
        }
        catch (Exception exception) when (exception is InstanceRevisionConflictException
                                              or SqliteException { SqliteErrorCode: raw.SQLITE_CONSTRAINT })
        {
            pending.Rejected(exception);
            return false;
        }
    }

    private void SaveActivityRecords(IReadOnlyList<object> records)
    {
        if (records.Count == 0)
        {
            return;
        }

        session!.Context.AddRange(records);
        session.Context.SaveChanges();
        session.Context.ChangeTracker.Clear();
    }

    private void ResetSession()
    {
        session?.Dispose();
        session = null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A group commit of {Count} bursts failed; each burst's caller receives the error")]
    private partial void LogGroupFailed(int count, Exception exception);
}
