namespace PlanWorkflows.Engine.Activities.Abstractions;

/// <summary>Declares the outcome ports of a flow activity; activities without it have the single outcome "Done".</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FlowNodeAttribute(params string[] outcomes) : Attribute
{
    public IReadOnlyList<string> Outcomes { get; } = outcomes;
}
