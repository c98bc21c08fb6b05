using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Plans.Normalization;

/// <summary>A logical line after normalisation: cleaned text, the source lines it came from, its footnote markers.</summary>
internal sealed record PlanLine(string Text, SourceRange Source, IReadOnlyList<string>? Cells, IReadOnlyList<string> FootnoteMarkers)
{
    public bool IsTableRow => Cells is not null;

    public PlanLine Join(PlanLine continuation) =>
        new(Text + " " + continuation.Text, new SourceRange(Source.StartLine, continuation.Source.EndLine), Cells,
            [.. FootnoteMarkers, .. continuation.FootnoteMarkers]);
}
