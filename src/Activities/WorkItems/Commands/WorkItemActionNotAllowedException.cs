namespace PlanWorkflows.Activities.WorkItems.Commands;

/// <summary>The action does not apply to this kind of work item (signing off an assignment, say).</summary>
public sealed class WorkItemActionNotAllowedException(string workItemId, WorkItemKind kind, WorkItemActionKind action)
    : Exception($"Work item '{workItemId}' is a {kind} item; {action} does not apply to it.")
{
    public string WorkItemId { get; } = workItemId;
}
