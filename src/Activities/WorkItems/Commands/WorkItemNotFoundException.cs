namespace PlanWorkflows.Activities.WorkItems.Commands;

/// <summary>No work item has this id.</summary>
public sealed class WorkItemNotFoundException(string workItemId) : Exception($"Work item '{workItemId}' does not exist.")
{
    public string WorkItemId { get; } = workItemId;
}
