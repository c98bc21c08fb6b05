using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Plans.Assignments;

/// <summary>A task as the outline found it, before its assignment and schedule are worked out.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Section">The id of its section.</param>
/// <param name="Text">The text as written.</param>
/// <param name="Source">Where it is in the source document.</param>
/// <param name="FootnoteMarkers">Markers of the footnotes in its text.</param>
/// <param name="Assigned">What an assignment line or table cells said about it.</param>
/// <param name="Inherited">What the unit heading above it says.</param>
/// <param name="TimeSlot">The deadline cell of a task table, if any.</param>
internal sealed record TaskDraft(
    string Id,
    string Section,
    string Text,
    SourceRange Source,
    IReadOnlyList<string> FootnoteMarkers,
    Assignment? Assigned,
    Assignment? Inherited,
    string? TimeSlot);
