namespace PlanWorkflows.Activities.WorkItems;

/// <summary>One entry of a work item's history: who did what, when, with which comment and attachments.</summary>
public sealed class WorkItemAction
{
    public required string Id { get; init; }

    public required string WorkItemId { get; init; }

    public required string UserName { get; init; }

    public required WorkItemActionKind Action { get; init; }

    public DateTimeOffset At { get; init; }

    public string? Comment { get; init; }

    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>The key the action was requested with; an action applies once per key.</summary>
    public string? IdempotencyKey { get; init; }
}
