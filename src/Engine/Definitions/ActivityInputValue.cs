namespace PlanWorkflows.Engine.Definitions;

/// <summary>A wrapped input value: <c>{typeName, expression:{type, value}, memoryReference?:{id}}</c>.</summary>
public sealed record ActivityInputValue(string TypeName, Expression Expression)
{
    /// <summary>Where Elsa stored the evaluated input; kept for round trips, not needed for evaluation.</summary>
    public string? MemoryReferenceId { get; init; }
}
