using System.Data;
using Microsoft.EntityFrameworkCore;

namespace PlanWorkflows.Engine.Persistence;

/// <summary>
/// Runs a unit of work in its own context and serializable transaction, holding the <see cref="WriteGate"/>: SQLite
/// takes the write lock when the transaction begins, so writers of this process queue on the gate. A writer that
/// still loses a race to a unique index (another process took the version number) starts over on fresh data.
/// </summary>
internal sealed class WriteTransaction(IDbContextFactory<EngineDbContext> contextFactory, WriteGate gate)
{
    private const int MaxAttempts = 3;

    public async Task<T> ExecuteAsync<T>(
        Func<EngineDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ExecuteOnceAsync(work, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // The transaction rolled back; the next attempt re-reads the rows it depends on.
            }
        }
    }

    private async Task<T> ExecuteOnceAsync<T>(
        Func<EngineDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await gate.EnterAsync(cancellationToken);
        try
        {
            await using var transaction = await context.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            var result = await work(context, cancellationToken);
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            gate.Exit();
        }
    }
}
