namespace PlanWorkflows.Engine.Runtime.State;

/// <summary>Elsa's coarse instance status.</summary>
public enum WorkflowStatus
{
    Running,
    Finished,
}

/// <summary>Elsa's fine instance status.</summary>
public enum WorkflowSubStatus
{
    Pending,
    Executing,
    Suspended,
    Finished,
    Cancelled,
    Faulted,
}
