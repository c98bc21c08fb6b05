namespace PlanWorkflows.Activities.WorkItems;

/// <summary>An action needs an open work item, and this one is settled or cancelled.</summary>
public sealed class WorkItemNotOpenException(string workItemId, WorkItemStatus status)
    : Exception($"Work item '{workItemId}' is {status}, not open.")
{
    public string WorkItemId { get; } = workItemId;

    public WorkItemStatus Status { get; } = status;
}
