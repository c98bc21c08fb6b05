using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Instances.Queries;

/// <summary>A page of one instance's journal in sequence order (Studio's <c>journal</c> endpoint).</summary>
public sealed record JournalQuery(string WorkflowInstanceId)
{
    /// <summary>Only lines of these activity node ids, when set.</summary>
    public IReadOnlyCollection<string>? NodeIds { get; init; }

    /// <summary>Only lines of these activity ids, when set.</summary>
    public IReadOnlyCollection<string>? ActivityIds { get; init; }

    /// <summary>Only lines with these event names (Started, Completed, …), when set.</summary>
    public IReadOnlyCollection<string>? EventNames { get; init; }

    public IReadOnlyCollection<string>? ExcludedActivityTypes { get; init; }

    public int Skip { get; init; }

    public int? Take { get; init; }

    /// <summary>Whether the line passes every filter that is set.</summary>
    public bool Matches(JournalEntry line) =>
        (NodeIds is null || NodeIds.Contains(line.NodeId))
        && (ActivityIds is null || ActivityIds.Contains(line.ActivityId))
        && (EventNames is null || EventNames.Contains(line.EventName))
        && (ExcludedActivityTypes is null || !ExcludedActivityTypes.Contains(line.ActivityType));
}
