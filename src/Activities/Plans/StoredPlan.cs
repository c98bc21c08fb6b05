namespace PlanWorkflows.Activities.Plans;

/// <summary>
/// An imported plan document: the file as uploaded, its text, the Plan JSON parsed from it and the workflow
/// definitions compiled from it. <see cref="ContentHash"/> is unique, so importing the same document again finds
/// this row instead of adding another.
/// </summary>
public sealed class StoredPlan
{
    /// <summary>The plan's id, as in the compiled workflows' <c>PlanId</c> inputs.</summary>
    public required string Id { get; init; }

    /// <summary>Số hiệu, such as <c>125/KH-UBND</c>.</summary>
    public string? DocumentNumber { get; init; }

    public required string Title { get; init; }

    public DateOnly? IssueDate { get; init; }

    public required string FileName { get; init; }

    /// <summary>SHA-256 (lowercase hex) of the document's normalized content.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The document as uploaded (.txt or .docx).</summary>
    public required byte[] Content { get; init; }

    public required string SourceText { get; init; }

    public required string PlanJson { get; init; }

    /// <summary>The published workflow definitions, one per section of the plan.</summary>
    public List<string> DefinitionIds { get; init; } = [];

    public DateTimeOffset ImportedAt { get; init; }
}
