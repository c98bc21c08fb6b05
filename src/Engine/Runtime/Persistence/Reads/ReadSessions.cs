using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Engine.Runtime.Persistence.Reads;

/// <summary>
/// The pool of <see cref="ReadSession"/>s: as many as callers ever prepared bursts at once. A session whose query
/// failed is dropped, not returned, so a broken connection never serves again.
/// </summary>
internal sealed class ReadSessions(IDbContextFactory<EngineDbContext> contextFactory, RuntimeSql sql) : IDisposable
{
    private readonly ConcurrentBag<ReadSession> idle = [];

    /// <summary>Runs the reads on an idle session (or a new one) and returns the session to the pool afterwards.</summary>
    public TResult Read<TResult>(Func<ReadSession, TResult> reads)
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

    public void Dispose()
    {
        while (idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }
}
