using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>
/// The journal lines one burst wrote, stored as one row. A burst's lines are written together and read together (an
/// instance's journal in order), so one row per burst spares the single writer an index entry per line: the journal
/// was the largest share of a burst's rows.
/// </summary>
internal sealed record JournalSegment
{
    public required string WorkflowInstanceId { get; init; }

    public long FirstSequence { get; init; }

    public long LastSequence { get; init; }

    /// <summary>The lines in sequence order.</summary>
    public required IReadOnlyList<JournalEntry> Entries { get; init; }

    /// <summary>The segment of a burst's lines; null when the burst wrote none.</summary>
    public static JournalSegment? Of(IReadOnlyList<JournalEntry> entries) => entries.Count == 0 ? null : new JournalSegment
    {
        WorkflowInstanceId = entries[0].WorkflowInstanceId,
        FirstSequence = entries[0].Sequence,
        LastSequence = entries[^1].Sequence,
        Entries = entries,
    };
}
