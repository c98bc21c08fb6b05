using PlanWorkflows.Engine.Runtime.Persistence.Rows;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>Everything one burst commits: its own rows and the records its activities added.</summary>
internal sealed record BurstChanges(BurstRows Rows, IReadOnlyList<object> ActivityRecords);
