using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Engine.Runtime.Persistence.Reads;

/// <summary>
/// The pool of <see cref="ReadSession"/>s. Reads are short and CPU-bound, so at most two per processor run at once:
/// more would not read faster, and each session's connection keeps its own page cache. A session whose query failed
/// is dropped, not returned, so a broken connection never serves again.
/// </summary>
internal sealed class ReadSessions(IDbContextFactory<EngineDbContext> contextFactory, RuntimeSql sql) : IDisposable
{
    private readonly ConcurrentBag<ReadSession> idle = [];
    private readonly SemaphoreSlim available = new(Math.Max(2, Environment.ProcessorCount * 2));

    /// <summary>Runs the reads on an idle session (or a new one) and returns the session to the pool afterwards.</summary>
    public async Task<TResult> ReadAsync<TResult>(Func<ReadSession, TResult> reads, CancellationToken cancellationToken)
    {
        await available.WaitAsync(cancellationToken);
        try
        {
            return Read(reads);
        }
        finally
        {
            available.Release();
        }
    }

    public void Dispose()
    {
        while (idle.TryTake(out var session))
        {
            session.Dispose();
        }

        available.Dispose();
    }

    private TResult Read<TResult>(Func<ReadSession, TResult> reads)
    {
        var session = idle.TryTake(out var pooled) ? pooled : ReadSession.Open(contextFactory, sql.Reads);
        TResult result;
        try
        {
            result = reads(session);
        }
        catch
        {
            session.Dispose();
            throw;
        }

        idle.Add(session);
        return result;
    }
}
