using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Instances.Queries;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Host.ElsaApi.ActivityExecutions;

/// <summary>Reads activity executions by instance (through the runtime's queries) or by their own id.</summary>
internal sealed class ActivityExecutionLookup(IWorkflowInstanceQueries instances, IDbContextFactory<EngineDbContext> contextFactory)
{
    /// <summary>No instance id matches nothing: Studio asks per instance, and an unfiltered list would be unbounded.</summary>
    public async Task<IReadOnlyList<ActivityExecution>> ListAsync(ActivityExecutionFilter filter, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(filter.WorkflowInstanceId)
            ? []
            : await instances.ActivityExecutionsAsync(filter.WorkflowInstanceId, NullIfEmpty(filter.ActivityNodeId), cancellationToken);

    public async Task<ActivityExecution?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Set<ActivityExecution>().AsNoTracking().SingleOrDefaultAsync(row => row.Id == id, cancellationToken);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
