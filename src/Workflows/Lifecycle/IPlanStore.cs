using PlanWorkflows.Activities.Plans;

namespace PlanWorkflows.Workflows.Lifecycle;

/// <summary>Where imported plan documents are kept with their content, text, Plan JSON and compiled workflows.</summary>
public interface IPlanStore
{
    /// <summary>The plan imported from a document with this SHA-256 content hash, or null.</summary>
    Task<StoredPlan?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken = default);

    Task AddAsync(StoredPlan plan, CancellationToken cancellationToken = default);
}
