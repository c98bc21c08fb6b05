using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.Bookmarks;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.CrashTestHost;

/// <summary>
/// The crash test's workflow: waits for a tick forever; each tick appends its input <c>n</c> to the <c>received</c>
/// variable and journals a <c>Resumed</c> line with the input.
/// </summary>
internal sealed class TickCounter : IWorkflowExecutor
{
    public const string ActivityType = "CrashTest.Tick";

    public ValueTask<BurstResult> RunAsync(BurstRequest request, CancellationToken cancellationToken = default)
    {
        var state = request.State;
        var variables = state.Variables.DeepClone().AsObject();
        var removed = new List<Bookmark>();
        var journal = new List<JournalEntry>();
        if (request.Trigger is BurstTrigger.Resume resume)
        {
            removed.Add(resume.Bookmark);
            var received = variables["received"]?.AsArray() ?? [];
            received.Add(resume.Input["n"]?.DeepClone());
            variables["received"] = received;
            journal.Add(Resumed(state, resume.Input));
        }

        var waiting = NewBookmark(state);
        var next = state with
        {
            Variables = variables,
            Bookmarks = [waiting],
            SubStatus = WorkflowSubStatus.Suspended,
            JournalSequence = state.JournalSequence + journal.Count,
        };
        return ValueTask.FromResult(new BurstResult(next, [waiting], removed, journal, []));
    }

    private static JournalEntry Resumed(WorkflowState state, JsonObject input) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        WorkflowInstanceId = state.Id,
        ActivityInstanceId = "tick",
        ActivityId = "tick",
        ActivityType = ActivityType,
        NodeId = "tick",
        Sequence = state.JournalSequence + 1,
        EventName = "Resumed",
        Payload = input.DeepClone().AsObject(),
    };

    private static Bookmark NewBookmark(WorkflowState state) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        WorkflowInstanceId = state.Id,
        ActivityTypeName = ActivityType,
        Hash = StimulusHasher.Hash(ActivityType),
        ActivityId = "tick",
        ActivityNodeId = "tick",
        ActivityInstanceId = Guid.NewGuid().ToString("N"),
    };
}
