using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>
/// What one burst recorded about its instance, stored as one row keyed by the instance revision the burst wrote: its
/// journal lines, and its activity executions as it left them. Both are written together and read per instance, so
/// one row per burst spares the single writer a row and its index entries per line and per execution, which were
/// most of a burst's rows.
/// </summary>
internal sealed record BurstRecord
{
    /// <summary>
    /// The revision of the history an earlier release stored line by line, moved here on upgrade: the unsaved revision,
    /// which no burst writes, so it sorts before every burst's record.
    /// </summary>
    public const long EarlierHistoryRevision = WorkflowInstance.UnsavedRevision;

    public required string WorkflowInstanceId { get; init; }

    /// <summary>The instance revision the burst wrote.</summary>
    public long Revision { get; init; }

    /// <summary>
    /// The burst's journal lines in sequence order. As read from the database they carry no instance id (the row
    /// holds it): read them through <see cref="JournalOf"/>.
    /// </summary>
    public required IReadOnlyList<JournalEntry> Journal { get; init; }

    /// <summary>
    /// The executions the burst started or changed; a record of a later revision supersedes them. Read them through
    /// <see cref="ActivityExecutionsOf"/>, which also puts back their instance id.
    /// </summary>
    public required IReadOnlyList<ActivityExecution> ActivityExecutions { get; init; }

    /// <summary>An instance's journal from its records: every line, in sequence order.</summary>
    public static IEnumerable<JournalEntry> JournalOf(IEnumerable<BurstRecord> records) =>
        records.SelectMany(record => record.Journal.Select(line => line with { WorkflowInstanceId = record.WorkflowInstanceId }))
            .OrderBy(line => line.Sequence);

    /// <summary>An instance's executions from its records: each as its latest record left it, by start time.</summary>
    public static IEnumerable<ActivityExecution> ActivityExecutionsOf(IEnumerable<BurstRecord> records) =>
        records.OrderBy(record => record.Revision)
            .SelectMany(record => record.ActivityExecutions.Select(execution => execution with { WorkflowInstanceId = record.WorkflowInstanceId }))
            .GroupBy(execution => execution.Id, StringComparer.Ordinal)
            .Select(versions => versions.Last())
            .OrderBy(execution => execution.StartedAt);
}
