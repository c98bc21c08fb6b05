namespace PlanWorkflows.Engine.Runtime.Instances.Queries;

/// <summary>
/// How one activity node of an instance ran, summed over its executions (Elsa's <c>ActivityExecutionStats</c>, which
/// Studio's instance viewer colours nodes by).
/// </summary>
public sealed record ActivityExecutionStats(
    string ActivityNodeId,
    string ActivityId,
    int StartedCount,
    int CompletedCount,
    int UncompletedCount,
    int BlockedCount,
    int FaultedCount)
{
    public bool IsBlocked => BlockedCount > 0;

    public bool IsFaulted => FaultedCount > 0;
}
