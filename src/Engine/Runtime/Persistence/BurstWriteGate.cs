namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>
/// Lets one burst of this process at a time hold the database's write transaction. SQLite has one writer; a writer
/// that finds the lock taken sleeps in SQLite's busy handler (1 ms and up) before it tries again, which costs more
/// than the whole commit once commits no longer wait for the disk. Queuing here hands the lock over without sleeping;
/// other processes on the same file still queue through the busy timeout.
/// </summary>
internal sealed class BurstWriteGate : IDisposable
{
    private readonly SemaphoreSlim writer = new(1, 1);

    public Task EnterAsync(CancellationToken cancellationToken) => writer.WaitAsync(cancellationToken);

    /// <summary>For an activity that queries synchronously in the middle of its burst.</summary>
    public void Enter() => writer.Wait();

    public void Exit() => writer.Release();

    public void Dispose() => writer.Dispose();
}
