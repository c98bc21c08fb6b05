namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>
/// Which instance an activity execution belongs to, so one can be found by its id alone (its record is in the
/// instance's <see cref="BurstRecord"/>s). Written once, when the execution first appears.
/// </summary>
internal sealed record ActivityExecutionOwner(string Id, string WorkflowInstanceId);
