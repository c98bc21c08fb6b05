using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Activities.Core;
using PlanWorkflows.Engine.Runtime.Bookmarks;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Runtime.Stimuli;

namespace PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

/// <summary>What a scripted burst does to an instance: bookmarks, journal lines, variables; builds the burst result.</summary>
internal sealed class FakeBurst(BurstRequest request, TimeProvider clock)
{
    private readonly List<Bookmark> created = [];
    private readonly List<Bookmark> removed = [];
    private readonly List<JournalEntry> journal = [];
    private readonly List<Bookmark> bookmarks = [.. request.State.Bookmarks];
    private long sequence = request.State.JournalSequence;
    private WorkflowSubStatus? finalSubStatus;

    public WorkflowState State => request.State;
    public JsonObject Variables { get; } = request.State.Variables.DeepClone().AsObject();
    public IBurstUnitOfWork UnitOfWork => request.UnitOfWork;

    public Bookmark WaitForEvent(string eventName, string nodeId = "event") =>
        Add(EventStimulus.ActivityTypeName, StimulusHasher.Hash(EventStimulus.ActivityTypeName, new EventBookmarkPayload(eventName)), nodeId, dueAt: null);

    public Bookmark WaitUntil(DateTimeOffset dueAt, string nodeId = "delay") =>
        Add("Elsa.Delay", $"delay-{State.Id}-{nodeId}-{dueAt.UtcTicks}", nodeId, dueAt);

    public void Consume(Bookmark bookmark)
    {
        bookmarks.RemoveAll(candidate => candidate.Id == bookmark.Id);
        removed.Add(bookmark);
    }

    public void Log(string eventName, string nodeId, JsonObject? payload = null) => journal.Add(new JournalEntry
    {
        Id = Guid.NewGuid().ToString("N")[..16],
        WorkflowInstanceId = State.Id,
        ActivityInstanceId = nodeId,
        ActivityId = nodeId,
        ActivityType = "Test.Scripted",
        NodeId = nodeId,
        Timestamp = clock.GetUtcNow(),
        Sequence = ++sequence,
        EventName = eventName,
        Payload = payload?.DeepClone().AsObject(),
    });

    public void Cancel()
    {
        foreach (var bookmark in bookmarks.ToList())
        {
            Consume(bookmark);
        }

        finalSubStatus = WorkflowSubStatus.Cancelled;
    }

    public BurstResult Result()
    {
        var subStatus = finalSubStatus ?? (bookmarks.Count > 0 ? WorkflowSubStatus.Suspended : WorkflowSubStatus.Finished);
        var finished = subStatus != WorkflowSubStatus.Suspended;
        var now = clock.GetUtcNow();
        var state = State with
        {
            Status = finished ? WorkflowStatus.Finished : WorkflowStatus.Running,
            SubStatus = subStatus,
            Variables = Variables,
            Bookmarks = bookmarks,
            JournalSequence = sequence,
            UpdatedAt = now,
            FinishedAt = finished ? now : null,
        };
        var execution = new ActivityExecution
        {
            Id = $"{State.Id}-{sequence}",
            WorkflowInstanceId = State.Id,
            ActivityId = "scripted",
            ActivityNodeId = "scripted",
            ActivityType = "Test.Scripted",
            Status = finished ? "Completed" : "Running",
            HasBookmarks = !finished,
            StartedAt = now,
        };
        return new BurstResult(state, created, removed, journal, [execution]);
    }

    private Bookmark Add(string activityType, string hash, string nodeId, DateTimeOffset? dueAt)
    {
        var bookmark = new Bookmark
        {
            Id = Guid.NewGuid().ToString("N")[..16],
            WorkflowInstanceId = State.Id,
            ActivityTypeName = activityType,
            Hash = hash,
            ActivityId = nodeId,
            ActivityNodeId = nodeId,
            ActivityInstanceId = Guid.NewGuid().ToString("N")[..16],
            CorrelationId = State.CorrelationId,
            DueAt = dueAt,
            CreatedAt = clock.GetUtcNow(),
        };
        bookmarks.Add(bookmark);
        created.Add(bookmark);
        return bookmark;
    }
}
