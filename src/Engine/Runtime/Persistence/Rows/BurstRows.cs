using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Instances.Bursts;
using PlanWorkflows.Engine.Runtime.Stimuli;

namespace PlanWorkflows.Engine.Runtime.Persistence.Rows;

/// <summary>
/// The rows one burst writes, as parameter values of <see cref="BurstSql"/>'s statements. Converted on the caller's
/// thread (JSON columns, enums, instants), so the single writer only binds and steps.
/// </summary>
internal sealed record BurstRows
{
    public required string InstanceId { get; init; }

    /// <summary>The revision the burst writes; one above the revision it read.</summary>
    public required long Revision { get; init; }

    public required InstanceWrite InstanceWrite { get; init; }

    /// <summary>Values for the statement <see cref="InstanceWrite"/> names.</summary>
    public required object[] Instance { get; init; }

    public required IReadOnlyList<string> RemovedBookmarkIds { get; init; }

    public required IReadOnlyList<object[]> CreatedBookmarks { get; init; }

    public required IReadOnlyList<string> CreatedBookmarkHashes { get; init; }

    /// <summary>The burst's journal lines and activity executions as one row; null when it recorded neither.</summary>
    public object[]? Record { get; init; }

    /// <summary>
    /// The owner rows of the executions the burst started. Written unless present: any <see cref="IWorkflowExecutor"/> may
    /// record an execution again without carrying it in its state.
    /// </summary>
    public required IReadOnlyList<object[]> ActivityExecutionOwners { get; init; }

    public object[]? AppliedStimulus { get; init; }

    public string? QueuedStimulusId { get; init; }

    /// <summary>Applies the burst's new state to its instance row and converts every row it writes.</summary>
    public static BurstRows Create(BurstSql sql, PreparedBurst burst, BurstResult result, DateTimeOffset now)
    {
        var instance = burst.Instance;
        var write = instance.Revision == WorkflowInstance.UnsavedRevision ? InstanceWrite.Insert
            : instance.KeepsIndexedColumns(result.State) ? InstanceWrite.UpdateState
            : InstanceWrite.Update;
        instance.Apply(result.State, RuntimeJson.Serialize(result.State));
        var instanceStatement = write switch
        {
            InstanceWrite.Insert => sql.InsertInstance,
            InstanceWrite.UpdateState => sql.UpdateInstanceState,
            _ => sql.UpdateInstance,
        };
        return new BurstRows
        {
            InstanceId = instance.Id,
            Revision = instance.Revision,
            InstanceWrite = write,
            Instance = instanceStatement.ValuesOf(instance),
            RemovedBookmarkIds = result.RemovedBookmarks.Select(bookmark => bookmark.Id).ToList(),
            CreatedBookmarks = result.CreatedBookmarks.Select(sql.InsertBookmark.ValuesOf).ToList(),
            CreatedBookmarkHashes = result.CreatedBookmarks.Select(bookmark => bookmark.Hash).Distinct(StringComparer.Ordinal).ToList(),
            Record = RecordOf(sql, instance, result),
            ActivityExecutionOwners = OwnersOf(sql, burst, result),
            AppliedStimulus = burst.IdempotencyKey is { } key
                ? sql.InsertAppliedStimulus.ValuesOf(new AppliedStimulus { WorkflowInstanceId = instance.Id, IdempotencyKey = key, AppliedAt = now })
                : null,
            QueuedStimulusId = burst.QueuedStimulusId,
        };
    }

    private static object[]? RecordOf(BurstSql sql, WorkflowInstance instance, BurstResult result) =>
        result.Journal.Count + result.ActivityExecutions.Count == 0 ? null : sql.InsertBurstRecord.ValuesOf(new BurstRecord
        {
            WorkflowInstanceId = instance.Id,
            Revision = instance.Revision,
            Journal = result.Journal,
            ActivityExecutions = result.ActivityExecutions,
        });

    /// <summary>
    /// Owner rows for the executions the burst started. The others continue running activities of the state it read,
    /// whose owners an earlier burst wrote.
    /// </summary>
    private static List<object[]> OwnersOf(BurstSql sql, PreparedBurst burst, BurstResult result)
    {
        var continued = burst.State.ExecutionState.Activities.Select(activity => activity.Id).ToHashSet(StringComparer.Ordinal);
        return result.ActivityExecutions
            .Where(execution => !continued.Contains(execution.Id))
            .Select(execution => sql.InsertActivityExecutionOwner.ValuesOf(new ActivityExecutionOwner(execution.Id, burst.Instance.Id)))
            .ToList();
    }
}
