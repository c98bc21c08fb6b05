using PlanWorkflows.Engine.Runtime.Instances.Bursts;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Stimuli;

/// <summary>The bookmarks a stimulus resumes: equal hash, and the correlation and instance filters when given.</summary>
internal static class BookmarkMatching
{
    /// <summary>
    /// Each filter is added only when given: a <c>@filter IS NULL OR column = @filter</c> predicate would keep SQLite
    /// from seeking the (hash, correlation) index and scan every bookmark with the hash instead.
    /// </summary>
    public static IQueryable<BookmarkReference> Matching(
        this IQueryable<Bookmark> bookmarks, string hash, string? correlationId, string? workflowInstanceId)
    {
        var matching = bookmarks.Where(bookmark => bookmark.Hash == hash);
        if (correlationId is not null)
        {
            matching = matching.Where(bookmark => bookmark.CorrelationId == correlationId);
        }

        if (workflowInstanceId is not null)
        {
            matching = matching.Where(bookmark => bookmark.WorkflowInstanceId == workflowInstanceId);
        }

        return matching
            .OrderBy(bookmark => bookmark.CreatedAt)
            .Select(bookmark => new BookmarkReference(bookmark.Id, bookmark.WorkflowInstanceId, bookmark.Hash));
    }
}
