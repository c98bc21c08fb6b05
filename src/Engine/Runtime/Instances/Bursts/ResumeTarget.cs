using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Persistence.Reads;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Instances.Bursts;

/// <summary>
/// Resumes one bookmark of one instance. When the bookmark is gone (a concurrent burst consumed it) and the policy
/// allows, the instance's bookmark with the same hash is resumed instead.
/// </summary>
internal sealed class ResumeTarget(BookmarkReference bookmark, JsonObject input) : IBurstTarget
{
    public string? IdempotencyKey { get; init; }

    public string? QueuedStimulusId { get; init; }

    public ConsumedBookmarkPolicy WhenConsumed { get; init; } = ConsumedBookmarkPolicy.ResumeSameHash;

    public BurstPreparation Prepare(ReadSession session)
    {
        if (session.FindInstance(bookmark.WorkflowInstanceId) is not var (instance, state, definitionRevision))
        {
            return new BurstPreparation.Settled(BurstOutcome.Without(RuntimeOutcome.NotFound));
        }

        if (SettledOutcome(session) is { } settled)
        {
            return new BurstPreparation.Settled(BurstOutcome.Without(settled, instance));
        }

        var resumed = FindBookmark(state);
        if (resumed is null)
        {
            return new BurstPreparation.Settled(BurstOutcome.Without(RuntimeOutcome.NotFound, instance));
        }

        var burst = new PreparedBurst(instance, state, definitionRevision, new BurstTrigger.Resume(resumed, input.DeepClone().AsObject()), RuntimeOutcome.Resumed)
        {
            IdempotencyKey = IdempotencyKey,
            QueuedStimulusId = QueuedStimulusId,
        };
        return new BurstPreparation.Ready(burst);
    }

    /// <summary>Duplicate when the key was applied or the queued stimulus was delivered by another burst.</summary>
    private RuntimeOutcome? SettledOutcome(ReadSession session)
    {
        if (IdempotencyKey is { } key && session.WasApplied(bookmark.WorkflowInstanceId, key))
        {
            return RuntimeOutcome.Duplicate;
        }

        if (QueuedStimulusId is { } queuedId && !session.IsQueued(queuedId))
        {
            return RuntimeOutcome.Duplicate;
        }

        return null;
    }

    private Bookmark? FindBookmark(WorkflowState state) =>
        state.Bookmarks.FirstOrDefault(candidate => candidate.Id == bookmark.Id)
        ?? (WhenConsumed == ConsumedBookmarkPolicy.ResumeSameHash
            ? state.Bookmarks.FirstOrDefault(candidate => candidate.Hash == bookmark.Hash)
            : null);
}
