namespace PlanWorkflows.Engine.Activities.Core;

/// <summary>When a <see cref="FlowJoin"/> lets the flow go on.</summary>
public enum FlowJoinMode
{
    WaitAll,
    WaitAllActive,
    WaitAny,
}
