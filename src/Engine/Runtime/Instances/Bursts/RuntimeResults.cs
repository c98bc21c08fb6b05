namespace PlanWorkflows.Engine.Runtime.Instances.Bursts;

/// <summary>Folds the outcomes of a call's bursts into its result: the strongest outcome, each instance's last status.</summary>
internal static class RuntimeResults
{
    private static readonly RuntimeOutcome[] Strength =
    [
        RuntimeOutcome.Started, RuntimeOutcome.Cancelled, RuntimeOutcome.Resumed,
        RuntimeOutcome.Queued, RuntimeOutcome.Duplicate, RuntimeOutcome.NotFound,
    ];

    public static WorkflowRuntimeResult Combine(IReadOnlyList<BurstOutcome> outcomes)
    {
        var outcome = Strength.First(candidate => candidate == RuntimeOutcome.NotFound || outcomes.Any(burst => burst.Outcome == candidate));
        var instances = outcomes
            .Where(burst => burst.Instance is not null)
            .Select(burst => burst.Instance!)
            .GroupBy(instance => instance.WorkflowInstanceId)
            .Select(group => group.Last())
            .ToList();
        return new WorkflowRuntimeResult(outcome, instances);
    }
}
