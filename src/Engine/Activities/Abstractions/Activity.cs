namespace PlanWorkflows.Engine.Activities.Abstractions;

/// <summary>
/// Base of every activity. A subclass declares <see cref="ActivityAttribute"/>, typed <see cref="Input{T}"/> and
/// <see cref="Output{T}"/> properties and, for several outcomes, <see cref="FlowNodeAttribute"/>.
/// </summary>
public abstract class Activity
{
    public const string DefaultOutcome = "Done";

    public string Id { get; set; } = "";

    public string NodeId { get; set; } = "";

    public string? Name { get; set; }

    public string Type { get; set; } = "";

    public int Version { get; set; } = 1;
}
