using PlanWorkflows.Activities.Plans;

namespace PlanWorkflows.Workflows.Lifecycle;

/// <summary>What importing a plan document did.</summary>
/// <param name="Status">Imported now, imported before (nothing done twice), or refused.</param>
/// <param name="Plan">The stored plan; null when refused.</param>
/// <param name="Refusal">Why the document could not be imported; null otherwise.</param>
public sealed record PlanImportOutcome(PlanImportStatus Status, StoredPlan? Plan, string? Refusal);

/// <summary>The result of a plan import.</summary>
public enum PlanImportStatus
{
    /// <summary>Stored, compiled, published, and one instance started per section.</summary>
    Imported,

    /// <summary>The same document was imported before; its plan is returned and nothing runs again.</summary>
    AlreadyImported,

    /// <summary>The document is not a plan that can be read.</summary>
    Refused,
}
