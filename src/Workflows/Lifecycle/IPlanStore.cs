namespace PlanWorkflows.Workflows.Lifecycle;

/// <summary>
/// Where imported plan documents are kept with their content. The database-backed store (the <c>StoredPlan</c>
/// entity of PlanWorkflows.Activities) implements it; until then the lifecycle needs only these two operations.
/// </summary>
public interface IPlanStore
{
    /// <summary>The plan imported from a document with this SHA-256 content hash, or null.</summary>
    Task<StoredPlanDocument?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken = default);

    Task AddAsync(StoredPlanDocument plan, CancellationToken cancellationToken = default);
}
