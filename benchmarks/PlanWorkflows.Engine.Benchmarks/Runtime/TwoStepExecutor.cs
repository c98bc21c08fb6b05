using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Benchmarks.Runtime;

/// <summary>
/// A two-human-step workflow as a burst executor: start → wait for step 1 → wait for step 2 → finish. Each bookmark
/// is keyed by its instance (as a work item's sign-off is); each burst journals two lines and one activity execution.
/// Bookmark ids and hashes contain the instance id, so <see cref="SuspendedInstanceSeeder"/> can clone instances.
/// </summary>
internal sealed class TwoStepExecutor(TimeProvider clock) : IWorkflowExecutor
{
    public const string ActivityType = "Benchmark.HumanStep";

    public static string StepHash(int step, string instanceId) => $"step-{step}:{instanceId}";

    public ValueTask<BurstResult> RunAsync(BurstRequest request, CancellationToken cancellationToken = default)
    {
        var state = request.State;
        var now = clock.GetUtcNow();
        var step = request.Trigger is BurstTrigger.Resume resume ? StepOf(resume.Bookmark) + 1 : 1;
        var removed = request.Trigger is BurstTrigger.Resume consumed ? new[] { consumed.Bookmark } : [];
        Bookmark[] created = step <= 2 ? [Waiting(state, step, now)] : [];
        var journal = new[] { Line(state, "Resumed", 1, now), Line(state, step <= 2 ? "Suspended" : "Completed", 2, now) };
        var next = state with
        {
            Status = step <= 2 ? WorkflowStatus.Running : WorkflowStatus.Finished,
            SubStatus = step <= 2 ? WorkflowSubStatus.Suspended : WorkflowSubStatus.Finished,
            Bookmarks = created,
            Variables = new JsonObject { ["step"] = step },
            JournalSequence = state.JournalSequence + journal.Length,
            UpdatedAt = now,
        };
        var execution = new ActivityExecution
        {
            Id = $"{state.Id}-{step}",
            WorkflowInstanceId = state.Id,
            ActivityId = $"step-{step}",
            ActivityNodeId = $"flowchart:step-{step}",
            ActivityType = ActivityType,
            Status = "Running",
            HasBookmarks = created.Length > 0,
            StartedAt = now,
        };
        return ValueTask.FromResult(new BurstResult(next, created, removed, journal, [execution]));
    }

    private static int StepOf(Bookmark bookmark) => bookmark.Hash.StartsWith("step-1", StringComparison.Ordinal) ? 1 : 2;

    private static Bookmark Waiting(WorkflowState state, int step, DateTimeOffset now) => new()
    {
        Id = $"{state.Id}-s{step}",
        WorkflowInstanceId = state.Id,
        ActivityTypeName = ActivityType,
        Hash = StepHash(step, state.Id),
        ActivityId = $"step-{step}",
        ActivityNodeId = $"flowchart:step-{step}",
        ActivityInstanceId = Guid.NewGuid().ToString("N")[..16],
        CreatedAt = now,
    };

    private static JournalEntry Line(WorkflowState state, string eventName, int offset, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid().ToString("N")[..16],
        WorkflowInstanceId = state.Id,
        ActivityInstanceId = state.Id,
        ActivityId = "step",
        ActivityType = ActivityType,
        NodeId = "flowchart:step",
        Timestamp = now,
        Sequence = state.JournalSequence + offset,
        EventName = eventName,
    };
}
