using System.Data;
using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>
/// The burst's DbContext as activities see it. The write transaction begins when the burst commits, or earlier when
/// an activity queries: then the entities added so far are flushed inside that transaction so the query sees them,
/// and they still roll back with the burst. The transaction holds the <see cref="BurstWriteGate"/> until it ends.
/// </summary>
internal sealed class BurstUnitOfWork(EngineDbContext context, BurstWriteGate gate) : IBurstUnitOfWork, IAsyncDisposable
{
    private bool holdsGate;

    public void Add<TEntity>(TEntity entity)
        where TEntity : class => context.Add(entity);

    public IQueryable<TEntity> Query<TEntity>()
        where TEntity : class
    {
        if (!holdsGate)
        {
            gate.Enter();
            holdsGate = true;
            context.Database.BeginTransaction(IsolationLevel.Serializable);
        }

        if (context.ChangeTracker.HasChanges())
        {
            context.SaveChanges();
        }

        return context.Set<TEntity>();
    }

    /// <summary>On SQLite a serializable transaction takes the write lock, so writers queue here.</summary>
    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        if (!holdsGate)
        {
            await gate.EnterAsync(cancellationToken);
            holdsGate = true;
            await context.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await context.SaveChangesAsync(cancellationToken);
        await context.Database.CommitTransactionAsync(cancellationToken);
        ReleaseGate();
    }

    /// <summary>A burst that failed before its commit rolls back here and lets the next writer in.</summary>
    public async ValueTask DisposeAsync()
    {
        if (context.Database.CurrentTransaction is { } transaction)
        {
            await transaction.DisposeAsync();
        }

        ReleaseGate();
    }

    private void ReleaseGate()
    {
        if (holdsGate)
        {
            holdsGate = false;
            gate.Exit();
        }
    }
}
