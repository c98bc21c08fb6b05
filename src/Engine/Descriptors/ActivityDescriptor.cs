using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PlanWorkflows.Engine.Activities.Abstractions;

namespace PlanWorkflows.Engine.Descriptors;

/// <summary>A palette entry in Elsa's exact JSON shape, generated from an activity class.</summary>
public sealed record ActivityDescriptor
{
    public required string TypeName { get; init; }

    public required string Namespace { get; init; }

    public required string Name { get; init; }

    public int Version { get; init; } = 1;

    public required string Category { get; init; }

    public required string DisplayName { get; init; }

    public string? Description { get; init; }

    public ActivityKind Kind { get; init; }

    public IReadOnlyList<InputDescriptor> Inputs { get; init; } = [];

    public IReadOnlyList<OutputDescriptor> Outputs { get; init; } = [];

    public IReadOnlyList<Port> Ports { get; init; } = [];

    public JsonObject CustomProperties { get; init; } = [];

    public JsonObject ConstructionProperties { get; init; } = [];

    public bool IsContainer { get; init; }

    public bool IsBrowsable { get; init; } = true;

    public bool IsStart { get; init; }

    public bool IsTerminal { get; init; }

    [JsonIgnore]
    public Type ActivityType { get; init; } = typeof(Activity);

    /// <summary>The activity suspends the flow (timer, event, human step), so a loop through it can stop.</summary>
    [JsonIgnore]
    public bool IsBlocking { get; init; }

    [JsonIgnore]
    public bool IsJoin { get; init; }

    /// <summary>The outcome ports come from an input value (Studio's <c>dynamic-outcomes</c>), not from <see cref="Ports"/>.</summary>
    [JsonIgnore]
    public InputDescriptor? DynamicOutcomesInput => Inputs.FirstOrDefault(input => input.UIHint == InputUIHints.DynamicOutcomes);

    [JsonIgnore]
    public IEnumerable<string> FlowPortNames => Ports.Where(port => port.Type == PortType.Flow).Select(port => port.Name);

    public InputDescriptor? FindInput(string name) => Inputs.FirstOrDefault(input => input.Name == name);

    public OutputDescriptor? FindOutput(string name) => Outputs.FirstOrDefault(output => output.Name == name);
}
