namespace PlanWorkflows.Engine.Activities.Abstractions;

/// <summary>How Studio presents an activity (Elsa's <c>ActivityKind</c>).</summary>
public enum ActivityKind
{
    Action,
    Trigger,
    Job,
    Task,
}
