namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>
/// Runs one burst of an instance: from a start or a resumption until every path is blocked on a bookmark or finished.
/// It touches no database: the caller loads the state, runs the burst, and commits the result (state, bookmark
/// changes, journal, activity executions and whatever activities added to the unit of work) in one transaction.
/// </summary>
public interface IWorkflowExecutor
{
    ValueTask<BurstResult> RunAsync(BurstRequest request, CancellationToken cancellationToken = default);
}
