using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>The instance's bookmarks during a burst, and what changed against the state the burst started from.</summary>
internal sealed class BookmarkSet(IReadOnlyList<Bookmark> initial)
{
    private readonly List<Bookmark> _bookmarks = [.. initial];

    public IReadOnlyList<Bookmark> All => _bookmarks;

    public IReadOnlyList<Bookmark> Created => [.. _bookmarks.Where(bookmark => initial.All(original => original.Id != bookmark.Id))];

    public IReadOnlyList<Bookmark> Removed => [.. initial.Where(original => _bookmarks.All(bookmark => bookmark.Id != original.Id))];

    public void Add(Bookmark bookmark) => _bookmarks.Add(bookmark);

    public bool Remove(string bookmarkId) => _bookmarks.RemoveAll(bookmark => bookmark.Id == bookmarkId) > 0;

    public void RemoveOf(string activityInstanceId) => _bookmarks.RemoveAll(bookmark => bookmark.ActivityInstanceId == activityInstanceId);

    public bool AnyOf(string activityInstanceId) => _bookmarks.Any(bookmark => bookmark.ActivityInstanceId == activityInstanceId);

    public void Clear() => _bookmarks.Clear();
}
