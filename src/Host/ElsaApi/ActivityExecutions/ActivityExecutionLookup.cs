using PlanWorkflows.Engine.Runtime.Instances.Queries;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Host.ElsaApi.ActivityExecutions;

/// <summary>Reads activity executions by instance or by their own id, through the runtime's queries.</summary>
internal sealed class ActivityExecutionLookup(IWorkflowInstanceQueries instances)
{
    /// <summary>No instance id matches nothing: Studio asks per instance, and an unfiltered list would be unbounded.</summary>
    public async Task<IReadOnlyList<ActivityExecution>> ListAsync(ActivityExecutionFilter filter, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(filter.WorkflowInstanceId)
            ? []
            : await instances.ActivityExecutionsAsync(filter.WorkflowInstanceId, NullIfEmpty(filter.ActivityNodeId), cancellationToken);

    public Task<ActivityExecution?> FindAsync(string id, CancellationToken cancellationToken) =>
        instances.FindActivityExecutionAsync(id, cancellationToken);

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
