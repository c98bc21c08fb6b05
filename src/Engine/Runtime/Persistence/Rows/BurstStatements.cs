using System.Data.Common;

namespace PlanWorkflows.Engine.Runtime.Persistence.Rows;

/// <summary>The burst statements of <see cref="BurstSql"/>, prepared on one open connection.</summary>
internal sealed class BurstStatements(DbConnection connection, BurstSql sql) : IDisposable
{
    public PreparedCommand InsertInstance { get; } = new(connection, sql.InsertInstance);

    public PreparedCommand UpdateInstance { get; } = new(connection, sql.UpdateInstance);

    public PreparedCommand UpdateInstanceState { get; } = new(connection, sql.UpdateInstanceState);

    public PreparedCommand InsertBookmark { get; } = new(connection, sql.InsertBookmark);

    public PreparedCommand DeleteBookmark { get; } = new(connection, sql.DeleteBookmark, parameterCount: 1);

    public PreparedCommand InsertJournalEntry { get; } = new(connection, sql.InsertJournalEntry);

    public PreparedCommand UpsertActivityExecution { get; } = new(connection, sql.UpsertActivityExecution);

    public PreparedCommand InsertAppliedStimulus { get; } = new(connection, sql.InsertAppliedStimulus);

    public PreparedCommand DeleteQueuedStimulus { get; } = new(connection, sql.DeleteQueuedStimulus, parameterCount: 1);

    public PreparedCommand QueuedStimulusWithHash { get; } = new(connection, sql.QueuedStimulusWithHash, parameterCount: 1);

    public void Dispose()
    {
        foreach (var command in new[]
                 {
                     InsertInstance, UpdateInstance, UpdateInstanceState, InsertBookmark, DeleteBookmark, InsertJournalEntry, UpsertActivityExecution,
                     InsertAppliedStimulus, DeleteQueuedStimulus, QueuedStimulusWithHash,
                 })
        {
            command.Dispose();
        }
    }
}
