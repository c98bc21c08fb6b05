namespace PlanWorkflows.Activities.WorkItems.Commands;

/// <summary>A user acted on a work item of a unit they do not belong to (the API answers 403).</summary>
public sealed class WorkItemAccessDeniedException(string userName, string workItemId, string unitId)
    : Exception($"User '{userName}' is not a member of unit '{unitId}' and may not act on its work item '{workItemId}'.")
{
    public string UserName { get; } = userName;

    public string WorkItemId { get; } = workItemId;

    public string UnitId { get; } = unitId;
}
