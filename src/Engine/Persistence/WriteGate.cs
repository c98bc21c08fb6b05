namespace PlanWorkflows.Engine.Persistence;

/// <summary>
/// Lets one writer of this process at a time hold the database's write transaction (the runtime's group commit, a
/// burst that commits alone, a definition save). SQLite has one writer; a writer that finds the lock taken sleeps in
/// SQLite's busy handler (1 ms and up, growing) and can starve behind a busy group commit. Queuing here hands the lock
/// over without sleeping; other processes on the same file still queue through the busy timeout.
/// </summary>
internal sealed class WriteGate : IDisposable
{
    private readonly SemaphoreSlim writer = new(1, 1);

    public Task EnterAsync(CancellationToken cancellationToken) => writer.WaitAsync(cancellationToken);

    /// <summary>For the group commit's own thread, and a burst whose activity queries synchronously in its middle.</summary>
    public void Enter() => writer.Wait();

    public void Exit() => writer.Release();

    public void Dispose() => writer.Dispose();
}
