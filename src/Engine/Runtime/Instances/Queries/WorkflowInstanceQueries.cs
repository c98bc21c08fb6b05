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
        var lines = BurstRecord.JournalOf(await RecordsAsync(context, query.WorkflowInstanceId, cancellationToken)).Where(query.Matches).ToList();
        var page = lines.Skip(query.Skip);
        return new Page<JournalEntry>([.. query.Take is { } take ? page.Take(take) : page], lines.Count);
    }

    public async Task<IReadOnlyList<ActivityExecution>> ActivityExecutionsAsync(
        string workflowInstanceId, string? activityNodeId = null, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return BurstRecord.ActivityExecutionsOf(await RecordsAsync(context, workflowInstanceId, cancellationToken))
            .Where(execution => activityNodeId == null || execution.ActivityNodeId == activityNodeId)
            .ToList();
    }

    public async Task<ActivityExecution?> FindActivityExecutionAsync(string activityExecutionId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owner = await context.ActivityExecutionOwners.AsNoTracking().SingleOrDefaultAsync(row => row.Id == activityExecutionId, cancellationToken);
        return owner is null
            ? null
            : BurstRecord.ActivityExecutionsOf(await RecordsAsync(context, owner.WorkflowInstanceId, cancellationToken))
                .SingleOrDefault(execution => execution.Id == activityExecutionId);
    }

    public async Task<IReadOnlyList<ActivityExecutionStats>> ActivityExecutionStatsAsync(
        string workflowInstanceId, IReadOnlyCollection<string>? activityNodeIds = null, CancellationToken cancellationToken = default)
    {
        var executions = await ActivityExecutionsAsync(workflowInstanceId, cancellationToken: cancellationToken);
        return executions
            .Where(execution => activityNodeIds == null || activityNodeIds.Contains(execution.ActivityNodeId))
            .GroupBy(execution => (execution.ActivityNodeId, execution.ActivityId))
            .Select(group => new ActivityExecutionStats(
                group.Key.ActivityNodeId,
                group.Key.ActivityId,
                group.Count(),
                group.Count(execution => execution.Status == CompletedStatus),
                group.Count(execution => execution.Status != CompletedStatus),
                group.Count(execution => execution.Status != CompletedStatus && execution.HasBookmarks),
                group.Count(execution => execution.Status == FaultedStatus)))
            .ToList();
    }

    public Task<int> DeleteAsync(IReadOnlyCollection<string> workflowInstanceIds, CancellationToken cancellationToken = default) =>
        writeTransaction.ExecuteAsync(async (context, token) =>
        {
            var records = context.BurstRecords.Where(row => workflowInstanceIds.Contains(row.WorkflowInstanceId));
            var executionIds = (await records.AsNoTracking().ToListAsync(token))
                .SelectMany(record => record.ActivityExecutions).Select(execution => execution.Id).Distinct().ToList();
            await context.ActivityExecutionOwners.Where(row => executionIds.Contains(row.Id)).ExecuteDeleteAsync(token);
            await records.ExecuteDeleteAsync(token);
            // A scan (the bookmark table has no index by instance, which every burst would write); deletion is an admin action.
            await context.Bookmarks.Where(row => workflowInstanceIds.Contains(row.WorkflowInstanceId)).ExecuteDeleteAsync(token);
            await context.AppliedStimuli.Where(row => workflowInstanceIds.Contains(row.WorkflowInstanceId)).ExecuteDeleteAsync(token);
            return await context.WorkflowInstances.Where(row => workflowInstanceIds.Contains(row.Id)).ExecuteDeleteAsync(token);
        }, cancellationToken);

    /// <summary>In any order: <see cref="BurstRecord"/>'s folds put lines and executions in theirs.</summary>
    private static Task<List<BurstRecord>> RecordsAsync(EngineDbContext context, string workflowInstanceId, CancellationToken cancellationToken) =>
        context.BurstRecords.AsNoTracking()
            .Where(record => record.WorkflowInstanceId == workflowInstanceId)
            .ToListAsync(cancellationToken);
}
