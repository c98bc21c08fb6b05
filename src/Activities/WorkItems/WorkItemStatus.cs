namespace PlanWorkflows.Activities.WorkItems;

/// <summary>Where a work item stands.</summary>
public enum WorkItemStatus
{
    Open,
    Done,

    /// <summary>A coordinating unit asked the lead unit to revise the work.</summary>
    ChangesRequested,

    /// <summary>No longer needed: the step completed without it.</summary>
    Cancelled,
}
