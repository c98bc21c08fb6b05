using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Instances.Bursts;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>
/// Everything one burst commits: the prepared burst (whose instance row already carries the new state and revision),
/// what the executor produced, the records activities added, and the commit's instant.
/// </summary>
internal sealed record BurstChanges(PreparedBurst Burst, BurstResult Result, IReadOnlyList<object> ActivityRecords, DateTimeOffset Now);
