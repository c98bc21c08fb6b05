namespace PlanWorkflows.Activities;

/// <summary>Marker for the plan-activities assembly.</summary>
public static class ActivitiesAssembly
{
    /// <summary>The engine this assembly builds on.</summary>
    public static readonly Type Engine = typeof(PlanWorkflows.Engine.EngineAssembly);
}
