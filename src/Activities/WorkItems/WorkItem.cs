namespace PlanWorkflows.Activities.WorkItems;

/// <summary>
/// One unit's share of a plan task in its inbox: an assignment, a sign-off or a period's report. The workflow
/// step that opened it waits on <see cref="BookmarkId"/> until the unit settles it.
/// </summary>
public sealed class WorkItem
{
    public required string Id { get; init; }

    public required string PlanId { get; init; }

    public required string TaskId { get; init; }

    public required WorkItemKind Kind { get; init; }

    /// <summary>The unit whose inbox holds the item; changes only when the unit is merged into a successor.</summary>
    public required string UnitId { get; set; }

    /// <summary>The officer of the unit the item is assigned to, if any.</summary>
    public string? AssigneeUserName { get; set; }

    public required string Title { get; init; }

    public string? Instructions { get; init; }

    /// <summary>Lines of the plan document the task comes from, such as <c>41-44</c>.</summary>
    public string? SourceLines { get; init; }

    public DateOnly? DueDate { get; init; }

    /// <summary>The reporting period of a report item, such as <c>Năm 2024</c>.</summary>
    public string? PeriodLabel { get; init; }

    public WorkItemStatus Status { get; set; } = WorkItemStatus.Open;

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public required string WorkflowInstanceId { get; init; }

    /// <summary>The activity instance (the step) that opened the item.</summary>
    public required string ActivityInstanceId { get; init; }

    /// <summary>The bookmark to resume when the unit settles the item.</summary>
    public required string BookmarkId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, incremented on every change.</summary>
    public int Version { get; set; }

    public bool IsOpen => Status == WorkItemStatus.Open;

    /// <summary>Records a change made at <paramref name="now"/>.</summary>
    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
