namespace PlanWorkflows.Workflows.Plans.Model;

/// <summary>A plan document imported into structure: metadata, references, sections, tasks and how to report.</summary>
public sealed record Plan(
    PlanDocument Document,
    IReadOnlyList<PlanReference> References,
    IReadOnlyList<PlanSection> Sections,
    IReadOnlyList<PlanTask> Tasks,
    PlanReporting? Reporting,
    IReadOnlyList<Recipient> Recipients,
    IReadOnlyList<Footnote> Footnotes,
    IReadOnlyList<PlanDiagnostic> Diagnostics);

/// <summary>The document's own metadata; absent values are null.</summary>
/// <param name="Kind">"Kế hoạch", "Quyết định" ...</param>
/// <param name="Number">Its symbol, e.g. "1583/KH-UBND" or "178-KH/HU".</param>
/// <param name="Date">Issue date.</param>
/// <param name="Issuer">The issuing body, e.g. "Ủy ban nhân dân huyện Kon Rẫy".</param>
/// <param name="ParentBody">The body above the issuer named in the letterhead, e.g. "UBND tỉnh Kon Tum".</param>
/// <param name="Place">Place of issue from the place-and-date line.</param>
/// <param name="Title">The title under the document kind.</param>
/// <param name="Signer">The signature block.</param>
public sealed record PlanDocument(
    string? Kind,
    string? Number,
    DateOnly? Date,
    string? Issuer,
    string? ParentBody,
    string? Place,
    string? Title,
    Signer? Signer);

/// <summary>The signature block: who signed, their title and the capacity ("TM. ỦY BAN NHÂN DÂN; KT. CHỦ TỊCH").</summary>
public sealed record Signer(string? Name, string? Title, string? Capacity);

/// <summary>A document the plan cites ("Căn cứ Kế hoạch số 178-KH/HU ngày 23/4/2024 của ...").</summary>
/// <param name="Kind">The document kind, e.g. "Kế hoạch".</param>
/// <param name="Number">The document symbol, e.g. "178-KH/HU".</param>
/// <param name="Date">The issue date.</param>
/// <param name="Issuer">Who issued it.</param>
/// <param name="Alias">The short name the plan defines for it, e.g. "Kế hoạch số 178-KH/HU".</param>
/// <param name="Source">Where it is in the source document.</param>
public sealed record PlanReference(string Kind, string Number, DateOnly? Date, string? Issuer, string? Alias, SourceRange Source);

/// <summary>A heading of the plan: id from its numbering path ("II.2"), level from the heading's form.</summary>
public sealed record PlanSection(string Id, string Title, int Level, SourceRange Source);

/// <summary>Lines of the source document (1-based, inclusive).</summary>
public sealed record SourceRange(int StartLine, int EndLine);

/// <summary>A "Nơi nhận" line with its tag ("b/c", "đ/b", "biết"), if any.</summary>
public sealed record Recipient(string Text, string? Tag);

/// <summary>A footnote body re-attached to its marker ("1" for ¹, ⁽¹⁾ or (¹)).</summary>
public sealed record Footnote(string Marker, string Text, SourceRange Source);
