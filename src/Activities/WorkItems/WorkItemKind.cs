namespace PlanWorkflows.Activities.WorkItems;

/// <summary>What a unit is asked to do.</summary>
public enum WorkItemKind
{
    /// <summary>Carry out a task as its lead unit.</summary>
    Assignment,

    /// <summary>Approve a task's result as a coordinating unit, or ask for changes.</summary>
    SignOff,

    /// <summary>Send a periodic report.</summary>
    Report,
}
