namespace PlanWorkflows.Engine.Persistence.Sqlite;

/// <summary>
/// SQLite's <c>synchronous</c> level for the engine's WAL database, set by <c>Persistence:Sqlite:Synchronous</c>.
/// </summary>
internal enum SqliteSynchronous
{
    /// <summary>
    /// The default. A commit is in the WAL file before it returns, so it survives a crash of the process; the WAL is
    /// synced to disk only at checkpoints, so the last transactions may be lost if the operating system crashes or
    /// the power fails. The database is never corrupted.
    /// </summary>
    Normal,

    /// <summary>Every commit waits until the WAL is on disk: survives power loss, costs a disk flush per commit.</summary>
    Full,
}
