using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Instances.Bursts;
using PlanWorkflows.Engine.Runtime.Persistence.Commits;
using PlanWorkflows.Engine.Runtime.Persistence.Rows;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>
/// The records activities add during a burst, committed with it. A burst whose activities only add records joins the
/// group commit; one whose activity queries takes an <see cref="ExclusiveWrite"/> so the query sees the burst's own
/// records, and commits alone.
/// </summary>
internal sealed class BurstUnitOfWork(
    IDbContextFactory<EngineDbContext> contextFactory, RuntimeSql sql, WriteGate gate, GroupCommitter committer)
    : IBurstUnitOfWork, IAsyncDisposable
{
    private readonly List<object> records = [];
    private ExclusiveWrite? exclusive;

    public void Add<TEntity>(TEntity entity)
        where TEntity : class
    {
        if (exclusive is null)
        {
            records.Add(entity);
        }
        else
        {
            exclusive.Context.Add(entity);
        }
    }

    public IQueryable<TEntity> Query<TEntity>()
        where TEntity : class
    {
        exclusive ??= ExclusiveWrite.Begin(contextFactory, gate, records);
        return exclusive.Query<TEntity>();
    }

    /// <summary>Commits the burst with its records; returns the hashes of its new bookmarks that queued stimuli wait for.</summary>
    public Task<IReadOnlyList<string>> CommitAsync(PreparedBurst burst, BurstResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = BurstRows.Create(sql.Writes, burst, result, now);
        return exclusive is null
            ? committer.CommitAsync(new BurstChanges(rows, records))
            : exclusive.CommitAsync(rows, sql.Writes, cancellationToken);
    }

    public ValueTask DisposeAsync() => exclusive?.DisposeAsync() ?? ValueTask.CompletedTask;
}
