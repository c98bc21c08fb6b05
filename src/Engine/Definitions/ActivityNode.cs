using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Definitions;

/// <summary>One activity of a definition as written in Elsa JSON, with its inputs and outputs sorted by its descriptor.</summary>
public sealed record ActivityNode
{
    public required string Id { get; init; }

    /// <summary>The colon path from the workflow root (<c>Workflow1:root:child</c>); recomputed on every load.</summary>
    public string NodeId { get; init; } = "";

    public string? Name { get; init; }

    public required string Type { get; init; }

    public int Version { get; init; } = 1;

    public JsonObject CustomProperties { get; init; } = [];

    /// <summary>Designer data (position, size, display text), kept verbatim.</summary>
    public JsonObject Metadata { get; init; } = [];

    /// <summary>Wrapped input values keyed by the descriptor's input name (PascalCase); a null value is an explicit JSON null.</summary>
    public IReadOnlyDictionary<string, ActivityInputValue?> Inputs { get; init; } = new Dictionary<string, ActivityInputValue?>();

    /// <summary>Inputs the descriptor marks as not wrapped (e.g. SetVariable's <c>Variable</c>), as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonNode?> PlainInputs { get; init; } = new Dictionary<string, JsonNode?>();

    /// <summary>Output references keyed by the descriptor's output name.</summary>
    public IReadOnlyDictionary<string, OutputReference?> Outputs { get; init; } = new Dictionary<string, OutputReference?>();

    /// <summary>Properties neither the base shape nor the descriptor knows, kept verbatim.</summary>
    public JsonObject UnknownProperties { get; init; } = [];

    /// <summary>The child activities and connections when this node is a flowchart.</summary>
    public FlowchartContent? Flowchart { get; init; }

    /// <summary>Set when no registered activity has this node's type.</summary>
    public MissingActivityType? MissingType { get; init; }

    public IReadOnlyList<ActivityNode> Children => Flowchart?.Activities ?? [];

    public IEnumerable<ActivityNode> DescendantsAndSelf() => Children.SelectMany(child => child.DescendantsAndSelf()).Prepend(this);

    public ActivityInputValue? FindInput(string inputName) => Inputs.GetValueOrDefault(inputName);
}
