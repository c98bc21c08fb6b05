using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Stimuli;

/// <summary>
/// Which of a burst's new bookmarks have queued stimuli waiting for them, read inside the burst's write transaction:
/// a stimulus queued before the commit is seen here, one queued after it finds the committed bookmark itself.
/// </summary>
internal static class WaitingStimuli
{
    public static async Task<IReadOnlyList<string>> HashesAsync(
        EngineDbContext context, IReadOnlyList<Bookmark> createdBookmarks, CancellationToken cancellationToken)
    {
        if (createdBookmarks.Count == 0)
        {
            return [];
        }

        var hashes = createdBookmarks.Select(bookmark => bookmark.Hash).Distinct(StringComparer.Ordinal).ToList();
        return await context.QueuedStimuli
            .Where(stimulus => hashes.Contains(stimulus.Hash))
            .Select(stimulus => stimulus.Hash)
            .Distinct()
            .ToListAsync(cancellationToken);
    }
}
