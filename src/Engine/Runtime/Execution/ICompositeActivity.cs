namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>An activity that schedules children and decides what happens when one of them completes (a flowchart).</summary>
internal interface ICompositeActivity
{
    ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child, IReadOnlyList<string> outcomes);
}
