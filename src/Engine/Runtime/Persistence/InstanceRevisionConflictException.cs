namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>
/// A burst ran on state another burst has changed since (the instance's revision moved, or the queued stimulus it
/// delivers was delivered already). Nothing of the burst is committed; the runner runs it again on fresh state.
/// </summary>
internal sealed class InstanceRevisionConflictException(string message) : Exception(message);
