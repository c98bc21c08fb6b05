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
internal sealed class WriterSession : IDisposable
{
    private WriterSession(EngineDbContext context, BurstStatements statements)
    {
        Context = context;
        Statements = statements;
    }

    public EngineDbContext Context { get; }

    public BurstStatements Statements { get; }

    public static WriterSession Open(IDbContextFactory<EngineDbContext> contextFactory, BurstSql sql)
    {
        var context = contextFactory.CreateDbContext();
        context.Database.AutoSavepointsEnabled = false;
        context.Database.OpenConnection();
        context.Database.ExecuteSqlRaw(WalCheckpointer.NoAutomaticCheckpointPragma);
        return new WriterSession(context, new BurstStatements((SqliteConnection)context.Database.GetDbConnection(), sql));
    }

    public void Dispose()
    {
        Statements.Dispose();
        Context.Database.CloseConnection();
        Context.Dispose();
    }
}
