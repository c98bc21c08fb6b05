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

    public required bool IsNewInstance { get; init; }

    /// <summary>Values for <see cref="BurstSql.InsertInstance"/> or <see cref="BurstSql.UpdateInstance"/>.</summary>
    public required object[] Instance { get; init; }

    public required IReadOnlyList<string> RemovedBookmarkIds { get; init; }

    public required IReadOnlyList<object[]> CreatedBookmarks { get; init; }

    public required IReadOnlyList<string> CreatedBookmarkHashes { get; init; }

    public required IReadOnlyList<object[]> JournalEntries { get; init; }

    public required IReadOnlyList<object[]> ActivityExecutions { get; init; }

    public object[]? AppliedStimulus { get; init; }

    public string? QueuedStimulusId { get; init; }

    /// <summary>The rows of a burst whose instance row already carries the new state and revision.</summary>
    public static BurstRows Create(BurstSql sql, PreparedBurst burst, BurstResult result, DateTimeOffset now)
    {
        var instance = burst.Instance;
        var isNew = instance.Revision == WorkflowInstance.FirstRevision;
        return new BurstRows
        {
            InstanceId = instance.Id,
            Revision = instance.Revision,
            IsNewInstance = isNew,
            Instance = (isNew ? sql.InsertInstance : sql.UpdateInstance).ValuesOf(instance),
            RemovedBookmarkIds = result.RemovedBookmarks.Select(bookmark => bookmark.Id).ToList(),
            CreatedBookmarks = result.CreatedBookmarks.Select(sql.InsertBookmark.ValuesOf).ToList(),
            CreatedBookmarkHashes = result.CreatedBookmarks.Select(bookmark => bookmark.Hash).Distinct(StringComparer.Ordinal).ToList(),
            JournalEntries = result.Journal.Select(sql.InsertJournalEntry.ValuesOf).ToList(),
            ActivityExecutions = result.ActivityExecutions.Select(sql.UpsertActivityExecution.ValuesOf).ToList(),
            AppliedStimulus = burst.IdempotencyKey is { } key
                ? sql.InsertAppliedStimulus.ValuesOf(new AppliedStimulus { WorkflowInstanceId = instance.Id, IdempotencyKey = key, AppliedAt = now })
                : null,
            QueuedStimulusId = burst.QueuedStimulusId,
        };
    }
}
