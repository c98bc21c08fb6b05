namespace PlanWorkflows.Activities.Escalations;

/// <summary>
/// Overdue work reported up the ladder: one per work item and level (it never fires twice). It stays open on the
/// dashboard until the work item is done.
/// </summary>
public sealed class Escalation
{
    public required string Id { get; init; }

    public required string WorkItemId { get; init; }

    public required EscalationLevel Level { get; init; }

    /// <summary>The unit whose work is late.</summary>
    public required string FromUnitId { get; init; }

    /// <summary>The unit told about it: the unit itself for a reminder, then the monitoring unit, then the issuing UBND.</summary>
    public required string ToUnitId { get; init; }

    public string? Reason { get; init; }

    public DateTimeOffset RaisedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; set; }
}
