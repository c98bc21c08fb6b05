using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Activities.Abstractions;

/// <summary>
/// Base of every activity. A subclass declares <see cref="ActivityAttribute"/>, typed <see cref="Input{T}"/> and
/// <see cref="Output{T}"/> properties and, for several outcomes, <see cref="FlowNodeAttribute"/>; it overrides
/// <see cref="ExecuteAsync"/> to complete with outcomes or to wait on a bookmark.
/// </summary>
public abstract class Activity
{
    public const string DefaultOutcome = "Done";

    public string Id { get; set; } = "";

    public string NodeId { get; set; } = "";

    public string? Name { get; set; }

    public string Type { get; set; } = "";

    public int Version { get; set; } = 1;

    /// <summary>Runs the activity; the default completes at once with <see cref="DefaultOutcome"/>.</summary>
    protected internal virtual ValueTask ExecuteAsync(ActivityExecutionContext context) => context.CompleteAsync();

    /// <summary>Runs when a bookmark created without a callback is resumed; the default completes the activity.</summary>
    protected internal virtual ValueTask ResumeAsync(ActivityExecutionContext context) => context.CompleteAsync();
}
