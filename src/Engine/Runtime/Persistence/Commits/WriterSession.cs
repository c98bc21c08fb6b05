using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Persistence.Rows;

namespace PlanWorkflows.Engine.Runtime.Persistence.Commits;

/// <summary>
/// The group commit's own connection, held open with the burst statements compiled on it, and a DbContext on the same
/// connection for the records activities add. SQLite's default page cache (2 MB) on purpose: at the end of every write
/// transaction SQLite walks the whole cache's hash table, and a larger cache cost the writer more than it saved.
/// </summary>
internal sealed class WriterSession : IAsyncDisposable
{
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
        await context.Database.ExecuteSqlRawAsync(WalCheckpointer.NoAutomaticCheckpointPragma);
        return new WriterSession(context, new BurstStatements((SqliteConnection)context.Database.GetDbConnection(), sql));
    }

    public async ValueTask DisposeAsync()
    {
        Statements.Dispose();
        await Context.Database.CloseConnectionAsync();
        await Context.DisposeAsync();
    }
}
