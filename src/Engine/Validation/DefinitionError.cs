namespace PlanWorkflows.Engine.Validation;

/// <summary>One problem in a workflow definition; the message names the activity (id and type) and the property.</summary>
public sealed record DefinitionError(string Message)
{
    public string? ActivityId { get; init; }

    public string? ActivityType { get; init; }

    public string? Property { get; init; }
}
