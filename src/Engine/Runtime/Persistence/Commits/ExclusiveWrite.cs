using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Persistence.Rows;

namespace PlanWorkflows.Engine.Runtime.Persistence.Commits;

/// <summary>
/// The write of a burst whose activity queried the database mid-burst: it takes the write transaction at once
/// (holding the <see cref="WriteGate"/>, so the group commit waits), flushes the records added so far so the
/// query sees them, and commits alone. Everything rolls back if the burst does not commit.
/// </summary>
internal sealed class ExclusiveWrite : IAsyncDisposable
{
    private readonly WriteGate gate;
    private readonly IDbContextTransaction transaction;
    private bool holdsGate = true;

    private ExclusiveWrite(WriteGate gate, EngineDbContext context)
    {
        this.gate = gate;
        Context = context;
        transaction = context.Database.BeginTransaction(IsolationLevel.Serializable);
    }

    public EngineDbContext Context { get; }

    /// <summary>On SQLite a serializable transaction takes the write lock, so writers of this process queue on the gate.</summary>
    public static ExclusiveWrite Begin(IDbContextFactory<EngineDbContext> contextFactory, WriteGate gate, IEnumerable<object> records)
    {
        gate.Enter();
        var context = contextFactory.CreateDbContext();
        var write = new ExclusiveWrite(gate, context);
        context.AddRange(records);
        return write;
    }

    public IQueryable<TEntity> Query<TEntity>()
        where TEntity : class
    {
        if (Context.ChangeTracker.HasChanges())
        {
            Context.SaveChanges();
        }

        return Context.Set<TEntity>();
    }

    public async Task<IReadOnlyList<string>> CommitAsync(BurstRows rows, BurstSql sql, CancellationToken cancellationToken)
    {
        await Context.SaveChangesAsync(cancellationToken);
        using var statements = new BurstStatements((SqliteConnection)Context.Database.GetDbConnection(), sql);
        var waiting = BurstWriter.Write(statements, rows);
        await transaction.CommitAsync(cancellationToken);
        ReleaseGate();
        return waiting;
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await Context.DisposeAsync();
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
