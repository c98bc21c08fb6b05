namespace PlanWorkflows.Workflows;

/// <summary>Marker for the plan-import assembly.</summary>
public static class WorkflowsAssembly
{
    /// <summary>The activities this assembly compiles plans to.</summary>
    public static readonly Type Activities = typeof(PlanWorkflows.Activities.ActivitiesAssembly);
}
