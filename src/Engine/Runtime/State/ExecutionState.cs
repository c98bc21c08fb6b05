namespace PlanWorkflows.Engine.Runtime.State;

/// <summary>
/// The executor's part of the workflow state: the running activities (Elsa's activity execution contexts) a later burst
/// continues. A burst always empties its queue, so suspended activities and their containers, with the flowchart
/// counters and flowchart variables in their activity state, are all it needs.
/// </summary>
public sealed record ExecutionState
{
    public IReadOnlyList<ActivityExecutionContextState> Activities { get; init; } = [];
}
