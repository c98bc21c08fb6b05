namespace PlanWorkflows.Workflows.Plans.Reading;

/// <summary>
/// One line of a source document as both readers produce it: a text line or paragraph, or a table row whose
/// <see cref="Cells"/> hold the cell texts (paragraphs of a cell separated by '\n').
/// </summary>
internal sealed record SourceLine(int Number, string Text, IReadOnlyList<string>? Cells);
