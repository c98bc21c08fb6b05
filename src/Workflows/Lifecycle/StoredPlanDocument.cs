namespace PlanWorkflows.Workflows.Lifecycle;

/// <summary>An imported plan document as stored: its bytes, their hash, and the workflows compiled from it.</summary>
/// <param name="PlanId">The plan's id, as in the compiled workflows' <c>PlanId</c> inputs.</param>
/// <param name="FileName">The uploaded file's name.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of <paramref name="Content"/>.</param>
/// <param name="Content">The document as uploaded (.txt or .docx).</param>
/// <param name="DefinitionIds">The published workflow definitions, one per section.</param>
public sealed record StoredPlanDocument(
    string PlanId,
    string FileName,
    string ContentHash,
    byte[] Content,
    IReadOnlyList<string> DefinitionIds);
