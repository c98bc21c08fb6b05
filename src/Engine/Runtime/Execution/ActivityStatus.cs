namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>Where one run of an activity is (Elsa's <c>ActivityStatus</c>).</summary>
public enum ActivityStatus
{
    Running,
    Completed,
    Canceled,
    Faulted,
}
