using PlanWorkflows.Engine.Runtime.Instances.Bursts;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Stimuli;

/// <summary>The bookmarks a stimulus resumes: equal hash, and the correlation and instance filters when given.</summary>
internal static class BookmarkMatching
{
    public static IQueryable<BookmarkReference> Matching(
        this IQueryable<Bookmark> bookmarks, string hash, string? correlationId, string? workflowInstanceId) =>
        bookmarks
            .Where(bookmark => bookmark.Hash == hash
                && (correlationId == null || bookmark.CorrelationId == correlationId)
                && (workflowInstanceId == null || bookmark.WorkflowInstanceId == workflowInstanceId))
            .OrderBy(bookmark => bookmark.CreatedAt)
            .Select(bookmark => new BookmarkReference(bookmark.Id, bookmark.WorkflowInstanceId, bookmark.Hash));
}
