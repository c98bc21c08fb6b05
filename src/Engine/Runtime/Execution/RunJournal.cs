using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>The journal entries and activity execution records one burst writes, in order.</summary>
internal sealed class RunJournal(string workflowInstanceId, long lastSequence, TimeProvider timeProvider, IIdentityGenerator identities)
{
    private readonly List<JournalEntry> _entries = [];
    private readonly Dictionary<string, ActivityExecution> _executions = [];

    public long LastSequence { get; private set; } = lastSequence;

    public IReadOnlyList<JournalEntry> Entries => _entries;

    public IReadOnlyList<ActivityExecution> Executions => [.. _executions.Values];

    public void Write(ActivityInstance instance, ActivityNode node, string eventName, string? message = null, JsonObject? payload = null) =>
        _entries.Add(new JournalEntry
        {
            Id = identities.NewId(),
            WorkflowInstanceId = workflowInstanceId,
            ActivityInstanceId = instance.Id,
            ParentActivityInstanceId = instance.ParentId,
            ActivityId = node.Id,
            ActivityType = node.Type,
            ActivityTypeVersion = node.Version,
            ActivityName = node.Name,
            NodeId = node.NodeId,
            Timestamp = timeProvider.GetUtcNow(),
            Sequence = ++LastSequence,
            EventName = eventName,
            Message = message,
            Payload = payload,
        });

    /// <summary>Records the instance's current status; a later call in the same burst replaces the record.</summary>
    public void Record(ActivityInstance instance, ActivityNode node, bool hasBookmarks) =>
        _executions[instance.Id] = new ActivityExecution
        {
            Id = instance.Id,
            WorkflowInstanceId = workflowInstanceId,
            ActivityId = node.Id,
            ActivityNodeId = node.NodeId,
            ActivityType = node.Type,
            ActivityTypeVersion = node.Version,
            ActivityName = node.Name,
            Status = instance.Status.ToString(),
            ActivityState = (JsonObject)instance.ActivityState.DeepClone(),
            Outputs = (JsonObject)instance.Outputs.DeepClone(),
            HasBookmarks = hasBookmarks,
            StartedAt = instance.StartedAt,
            CompletedAt = instance.CompletedAt,
        };
}
