using Microsoft.Data.Sqlite;

namespace PlanWorkflows.Engine.Runtime.Persistence.Rows;

/// <summary>The burst statements of <see cref="BurstSql"/>, compiled on one open connection.</summary>
internal sealed class BurstStatements(SqliteConnection connection, BurstSql sql) : IDisposable
{
    public SqliteStatement InsertInstance { get; } = new(connection, sql.InsertInstance.Sql);

    public SqliteStatement UpdateInstance { get; } = new(connection, sql.UpdateInstance.Sql);

    public SqliteStatement UpdateInstanceState { get; } = new(connection, sql.UpdateInstanceState.Sql);

    public SqliteStatement InsertBookmark { get; } = new(connection, sql.InsertBookmark.Sql);

    public SqliteStatement DeleteBookmark { get; } = new(connection, sql.DeleteBookmark);

    public SqliteStatement InsertBurstRecord { get; } = new(connection, sql.InsertBurstRecord.Sql);

    public SqliteStatement InsertActivityExecutionOwner { get; } = new(connection, sql.InsertActivityExecutionOwner.Sql);

    public SqliteStatement InsertAppliedStimulus { get; } = new(connection, sql.InsertAppliedStimulus.Sql);

    public SqliteStatement DeleteQueuedStimulus { get; } = new(connection, sql.DeleteQueuedStimulus);

    public SqliteStatement QueuedStimulusWithHash { get; } = new(connection, sql.QueuedStimulusWithHash);

    public void Dispose()
    {
        foreach (var command in new[]
                 {
                     InsertInstance, UpdateInstance, UpdateInstanceState, InsertBookmark, DeleteBookmark, InsertBurstRecord, InsertActivityExecutionOwner,
                     InsertAppliedStimulus, DeleteQueuedStimulus, QueuedStimulusWithHash,
                 })
        {
            command.Dispose();
        }
    }
}
