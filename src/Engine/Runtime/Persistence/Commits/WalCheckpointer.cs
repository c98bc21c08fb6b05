using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Engine.Runtime.Persistence.Commits;

/// <summary>
/// Copies SQLite's write-ahead log back into the database file on its own connection, so a group commit never pays
/// for a checkpoint (and its disk flush) while callers wait: the writer's automatic checkpoints are off. A passive
/// checkpoint runs beside the writer; when the log has grown past <see cref="FarBehindFrames"/> anyway, the writer
/// checkpoints between two groups, so the log stays bounded.
/// </summary>
internal sealed partial class WalCheckpointer(IDbContextFactory<EngineDbContext> contextFactory, ILogger<WalCheckpointer> logger)
    : IAsyncDisposable, IDisposable
{
    /// <summary>Writers that do not checkpoint: SQLite's own checkpoint after a commit is switched off for them.</summary>
    public const string NoAutomaticCheckpointPragma = "PRAGMA wal_autocheckpoint = 0;";

    private const string PassiveCheckpoint = "PRAGMA wal_checkpoint(PASSIVE);";
    private const int FarBehindFrames = 25_000;

    /// <summary>Each checkpoint flushes the file once and copies a page changed by several bursts once: 256 cost more.</summary>
    private const int BurstsPerCheckpoint = 1024;
    private readonly SemaphoreSlim requested = new(0, 1);
    private readonly CancellationTokenSource stopping = new();
    private readonly BackgroundLoop loop = new("WAL checkpoint");
    private int burstsSinceRequest;
    private int logFrames;

    /// <summary>True when the log holds so many frames that the writer should checkpoint itself.</summary>
    public bool IsFarBehind => Volatile.Read(ref logFrames) > FarBehindFrames;

    /// <summary>Counts committed bursts and asks for a checkpoint every <see cref="BurstsPerCheckpoint"/> of them.</summary>
    public void Committed(int bursts)
    {
        if (Interlocked.Add(ref burstsSinceRequest, bursts) < BurstsPerCheckpoint)
        {
            return;
        }

        Interlocked.Exchange(ref burstsSinceRequest, 0);
        loop.EnsureStarted(Run);
        if (requested.CurrentCount == 0)
        {
            requested.Release();
        }
    }

    /// <summary>Checkpoints on the writer's own connection, between two of its transactions.</summary>
    public void CheckpointWith(DbConnection connection) => Volatile.Write(ref logFrames, Checkpoint(connection));

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await loop.Stopped;

        stopping.Dispose();
        requested.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Runs on the loop's own thread until the checkpointer is disposed.</summary>
    private void Run()
    {
        using var context = contextFactory.CreateDbContext();
        try
        {
            while (true)
            {
                requested.Wait(stopping.Token);
                CheckpointOnOwnConnection(context);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            LogStopped();
        }
    }

    /// <summary>A failed checkpoint loses nothing (the log still holds every frame); it is logged and tried again later.</summary>
    private void CheckpointOnOwnConnection(EngineDbContext context)
    {
        try
        {
            context.Database.OpenConnection();
            Volatile.Write(ref logFrames, Checkpoint(context.Database.GetDbConnection()));
        }
        catch (DbException exception)
        {
            LogCheckpointFailed(exception);
        }
    }

    /// <summary>Returns the number of frames in the log after the checkpoint.</summary>
    private static int Checkpoint(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PassiveCheckpoint;
        using var reader = command.ExecuteReader();
        return reader.Read() ? reader.GetInt32(1) : 0;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A background WAL checkpoint failed; the next one will copy its frames")]
    private partial void LogCheckpointFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The WAL checkpointer stopped")]
    private partial void LogStopped();
}
