namespace PlanWorkflows.Engine.Runtime.Persistence.Commits;

/// <summary>
/// A loop on a thread of its own, started on the first work it gets and awaited when its owner stops. Its waits block
/// that thread alone: it is woken directly, not by a work item queued behind the callers' continuations in the thread
/// pool, and its disk flushes never hold one of the pool's few threads (two on a two-core machine).
/// </summary>
internal sealed class BackgroundLoop(string threadName)
{
    private readonly Lock startLock = new();
    private readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Thread? thread;

    public void EnsureStarted(Action run)
    {
        if (thread is not null)
        {
            return;
        }

        lock (startLock)
        {
            if (thread is null)
            {
                thread = new Thread(() => Run(run)) { Name = threadName, IsBackground = true };
                thread.Start();
            }
        }
    }

    /// <summary>Completes when the loop has returned (at once when it never started), faulted if it threw.</summary>
    public Task Stopped
    {
        get
        {
            lock (startLock)
            {
                return thread is null ? Task.CompletedTask : stopped.Task;
            }
        }
    }

    private void Run(Action run)
    {
        try
        {
            run();
            stopped.SetResult();
        }
        catch (Exception exception)
        {
            // Not hidden: whoever awaits Stopped receives it.
            stopped.SetException(exception);
        }
    }
}
