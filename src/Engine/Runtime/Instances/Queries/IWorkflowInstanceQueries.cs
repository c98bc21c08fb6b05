using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Instances.Queries;

/// <summary>Reads stored instances, their journals and activity executions, and deletes instances.</summary>
public interface IWorkflowInstanceQueries
{
    Task<Page<WorkflowInstance>> ListAsync(WorkflowInstanceQuery query, CancellationToken cancellationToken = default);

    Task<WorkflowInstance?> FindAsync(string workflowInstanceId, CancellationToken cancellationToken = default);

    /// <summary>The instance's whole state: variables, input, output, bookmarks, incidents, execution state.</summary>
    Task<WorkflowState?> FindStateAsync(string workflowInstanceId, CancellationToken cancellationToken = default);

    Task<Page<JournalEntry>> JournalAsync(JournalQuery query, CancellationToken cancellationToken = default);

    /// <summary>The instance's activity executions (of one node when given), by start time.</summary>
    Task<IReadOnlyList<ActivityExecution>> ActivityExecutionsAsync(
        string workflowInstanceId, string? activityNodeId = null, CancellationToken cancellationToken = default);

    /// <summary>One activity execution by its id, as its latest record left it; null when no instance has it.</summary>
    Task<ActivityExecution?> FindActivityExecutionAsync(string activityExecutionId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ActivityExecutionStats>> ActivityExecutionStatsAsync(
        string workflowInstanceId, IReadOnlyCollection<string>? activityNodeIds = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes the instances with their bookmarks, journal, executions and idempotency receipts; returns how many.</summary>
    Task<int> DeleteAsync(IReadOnlyCollection<string> workflowInstanceIds, CancellationToken cancellationToken = default);
}
