namespace PlanWorkflows.Engine.Descriptors;

/// <summary>An activity port as Studio reads it: <c>{name, displayName, type, isBrowsable}</c>.</summary>
public sealed record Port
{
    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    public PortType Type { get; init; } = PortType.Flow;

    public bool IsBrowsable { get; init; } = true;

    public static Port Flow(string name) => new() { Name = name, DisplayName = name };
}
