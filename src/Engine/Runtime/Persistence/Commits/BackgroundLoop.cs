namespace PlanWorkflows.Engine.Runtime.Persistence.Commits;

/// <summary>A loop that starts on the first work it gets and is awaited when its owner stops.</summary>
internal sealed class BackgroundLoop
{
    private readonly Lock startLock = new();
    private Task? running;

    public void EnsureStarted(Func<Task> run)
    {
        if (running is null)
        {
            lock (startLock)
            {
                running ??= Task.Run(run);
            }
        }
    }

    /// <summary>Completes when the loop has returned (at once when it never started).</summary>
    public Task Stopped => running ?? Task.CompletedTask;
}
