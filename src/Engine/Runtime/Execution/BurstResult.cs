using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>
/// What a burst produced. <see cref="State"/> holds the complete bookmark list after the burst;
/// <see cref="CreatedBookmarks"/> and <see cref="RemovedBookmarks"/> are the changes to apply to the bookmark table.
/// </summary>
public sealed record BurstResult(
    WorkflowState State,
    IReadOnlyList<Bookmark> CreatedBookmarks,
    IReadOnlyList<Bookmark> RemovedBookmarks,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<ActivityExecution> ActivityExecutions);
