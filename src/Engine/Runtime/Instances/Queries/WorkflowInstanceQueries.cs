using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Persistence;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Instances.Queries;

internal sealed class WorkflowInstanceQueries(
    IDbContextFactory<EngineDbContext> contextFactory, WriteTransaction writeTransaction) : IWorkflowInstanceQueries
{
    private const string CompletedStatus = "Completed";
    private const string FaultedStatus = "Faulted";

    public async Task<Page<WorkflowInstance>> ListAsync(WorkflowInstanceQuery query, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var matching = context.WorkflowInstances.AsNoTracking().Matching(query);
        var totalCount = await matching.LongCountAsync(cancellationToken);
        var items = await matching.OrderedBy(query).Paged(query).ToListAsync(cancellationToken);
        return new Page<WorkflowInstance>(items, totalCount);
    }

    public async Task<WorkflowInstance?> FindAsync(string workflowInstanceId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.WorkflowInstances.AsNoTracking().SingleOrDefaultAsync(row => row.Id == workflowInstanceId, cancellationToken);
    }

    public async Task<WorkflowState?> FindStateAsync(string workflowInstanceId, CancellationToken cancellationToken = default) =>
        await FindAsync(workflowInstanceId, cancellationToken) is { } instance ? RuntimeJson.DeserializeState(instance.State) : null;

    public async Task<Page<JournalEntry>> JournalAsync(JournalQuery query, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var segments = await context.Journal.AsNoTracking()
            .Where(segment => segment.WorkflowInstanceId == query.WorkflowInstanceId)
            .OrderBy(segment => segment.FirstSequence)
            .ToListAsync(cancellationToken);
        var lines = segments.SelectMany(segment => segment.Entries).Where(query.Matches).ToList();
        var page = lines.Skip(query.Skip);
        return new Page<JournalEntry>([.. query.Take is { } take ? page.Take(take) : page], lines.Count);
    }

    public async Task<IReadOnlyList<ActivityExecution>> ActivityExecutionsAsync(
        string workflowInstanceId, string? activityNodeId = null, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.ActivityExecutions.AsNoTracking()
            .Where(row => row.WorkflowInstanceId == workflowInstanceId && (activityNodeId == null || row.ActivityNodeId == activityNodeId))
            .OrderBy(row => row.StartedAt)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ActivityExecutionStats>> ActivityExecutionStatsAsync(
        string workflowInstanceId, IReadOnlyCollection<string>? activityNodeIds = null, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.ActivityExecutions.AsNoTracking()
            .Where(row => row.WorkflowInstanceId == workflowInstanceId && (activityNodeIds == null || activityNodeIds.Contains(row.ActivityNodeId)))
            .GroupBy(row => new { row.ActivityNodeId, row.ActivityId })
            .Select(group => new ActivityExecutionStats(
                group.Key.ActivityNodeId,
                group.Key.ActivityId,
                group.Count(),
                group.Count(row => row.Status == CompletedStatus),
                group.Count(row => row.Status != CompletedStatus),
                group.Count(row => row.Status != CompletedStatus && row.HasBookmarks),
                group.Count(row => row.Status == FaultedStatus)))
            .ToListAsync(cancellationToken);
    }

    public Task<int> DeleteAsync(IReadOnlyCollection<string> workflowInstanceIds, CancellationToken cancellationToken = default) =>
        writeTransaction.ExecuteAsync(async (context, token) =>
        {
            await context.Bookmarks.Where(row => workflowInstanceIds.Contains(row.WorkflowInstanceId)).ExecuteDeleteAsync(token);
            await context.Journal.Where(row => workflowInstanceIds.Contains(row.WorkflowInstanceId)).ExecuteDeleteAsync(token);
            await context.ActivityExecutions.Where(row => workflowInstanceIds.Contains(row.WorkflowInstanceId)).ExecuteDeleteAsync(token);
            await context.AppliedStimuli.Where(row => workflowInstanceIds.Contains(row.WorkflowInstanceId)).ExecuteDeleteAsync(token);
            return await context.WorkflowInstances.Where(row => workflowInstanceIds.Contains(row.Id)).ExecuteDeleteAsync(token);
        }, cancellationToken);
}
