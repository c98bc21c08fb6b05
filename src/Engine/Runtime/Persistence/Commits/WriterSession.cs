using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Persistence.Rows;

namespace PlanWorkflows.Engine.Runtime.Persistence.Commits;

/// <summary>
/// The group commit's own connection, held open with the burst statements prepared on it, and a DbContext on the same
/// connection for the records activities add.
/// </summary>
internal sealed class WriterSession : IAsyncDisposable
{
    /// <summary>
    /// 64 MB of page cache instead of SQLite's 2 MB: every burst inserts into indexes keyed by random ids, and each
    /// index page not in the cache is a read from the file.
    /// </summary>
    private const string PageCachePragma = "PRAGMA cache_size = -65536;";

    private WriterSession(EngineDbContext context, BurstStatements statements)
    {
        Context = context;
        Statements = statements;
    }

    public EngineDbContext Context { get; }

    public BurstStatements Statements { get; }

    public static async Task<WriterSession> OpenAsync(IDbContextFactory<EngineDbContext> contextFactory, BurstSql sql)
    {
        var context = await contextFactory.CreateDbContextAsync();
        context.Database.AutoSavepointsEnabled = false;
        await context.Database.OpenConnectionAsync();
        await context.Database.ExecuteSqlRawAsync(PageCachePragma + WalCheckpointer.NoAutomaticCheckpointPragma);
        return new WriterSession(context, new BurstStatements(context.Database.GetDbConnection(), sql));
    }

    public async ValueTask DisposeAsync()
    {
        Statements.Dispose();
        await Context.Database.CloseConnectionAsync();
        await Context.DisposeAsync();
    }
}
