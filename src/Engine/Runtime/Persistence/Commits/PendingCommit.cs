namespace PlanWorkflows.Engine.Runtime.Persistence.Commits;

/// <summary>A burst waiting for the group commit, and the caller waiting for its outcome.</summary>
internal sealed class PendingCommit(BurstChanges changes)
{
    private readonly TaskCompletionSource<IReadOnlyList<string>> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IReadOnlyList<string>? waitingHashes;
    private Exception? failure;

    public BurstChanges Changes { get; } = changes;

    /// <summary>The hashes of the burst's new bookmarks that queued stimuli wait for, once its transaction committed.</summary>
    public Task<IReadOnlyList<string>> Committed => completion.Task;

    /// <summary>Written in the group's transaction (a retried transaction writes it again and calls this again).</summary>
    public void Written(IReadOnlyList<string> hashes)
    {
        waitingHashes = hashes;
        failure = null;
    }

    /// <summary>Only this burst failed; the rest of the group commits without it.</summary>
    public void Rejected(Exception exception)
    {
        failure = exception;
        waitingHashes = null;
    }

    /// <summary>Settles the caller once the group's transaction ended.</summary>
    public void Settle(Exception? groupFailure)
    {
        if ((failure ?? groupFailure) is { } exception)
        {
            completion.TrySetException(exception);
        }
        else
        {
            completion.TrySetResult(waitingHashes ?? []);
        }
    }
}
