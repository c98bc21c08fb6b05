namespace PlanWorkflows.Activities.WorkItems;

/// <summary>What a unit's officer did to a work item.</summary>
public enum WorkItemActionKind
{
    Acknowledged,
    MarkedDone,
    ReportSubmitted,
    SignedOff,
    ChangesRequested,
    Reassigned,
    Cancelled,
    MovedToSuccessor,
}
