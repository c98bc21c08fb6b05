namespace PlanWorkflows.Activities.WorkItems.Commands;

/// <summary>What a command on a work item did.</summary>
public sealed record WorkItemCommandResult(string WorkItemId, WorkItemCommandOutcome Outcome);

public enum WorkItemCommandOutcome
{
    Applied,

    /// <summary>An action with the same idempotency key was applied before; nothing changed.</summary>
    AlreadyApplied,
}
