using PlanWorkflows.Workflows.Lifecycle;

namespace PlanWorkflows.Workflows.Tests.Lifecycle;

/// <summary>Stands in for the database plan store until the <c>StoredPlan</c> entity lands.</summary>
internal sealed class InMemoryPlanStore : IPlanStore
{
    public List<StoredPlanDocument> Plans { get; } = [];

    public Task<StoredPlanDocument?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken = default) =>
        Task.FromResult(Plans.SingleOrDefault(plan => plan.ContentHash == contentHash));

    public Task AddAsync(StoredPlanDocument plan, CancellationToken cancellationToken = default)
    {
        Plans.Add(plan);
        return Task.CompletedTask;
    }
}
