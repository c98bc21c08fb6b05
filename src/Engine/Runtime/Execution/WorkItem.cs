using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>An activity waiting in the burst's FIFO queue to start under its container.</summary>
internal sealed record WorkItem(ActivityNode Node, string? OwnerId, bool ViaBackwardConnection);
