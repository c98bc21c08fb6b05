using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Definitions;

/// <summary>One version of an Elsa 3 workflow definition, with every top-level field of Elsa's JSON format.</summary>
public sealed record WorkflowDefinition
{
    public required string Id { get; init; }

    public required string DefinitionId { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public int Version { get; init; } = 1;

    public string? ToolVersion { get; init; }

    public IReadOnlyList<VariableDefinition> Variables { get; init; } = [];

    public IReadOnlyList<InputDefinition> Inputs { get; init; } = [];

    public IReadOnlyList<OutputDefinition> Outputs { get; init; } = [];

    public IReadOnlyList<string> Outcomes { get; init; } = [];

    public JsonObject CustomProperties { get; init; } = [];

    public bool IsLatest { get; init; }

    public bool IsPublished { get; init; }

    public bool IsReadonly { get; init; }

    public bool IsSystem { get; init; }

    public WorkflowOptions? Options { get; init; }

    public required ActivityNode Root { get; init; }

    /// <summary>Top-level properties this model does not know (<c>$schema</c>, <c>usableAsActivity</c>, ...), kept verbatim.</summary>
    public JsonObject UnknownProperties { get; init; } = [];

    public IEnumerable<ActivityNode> AllActivities() => Root.DescendantsAndSelf();

    /// <summary>Finds an activity by its node id, or by its id when no node id matches.</summary>
    public ActivityNode? FindActivity(string nodeIdOrId) =>
        AllActivities().FirstOrDefault(node => node.NodeId == nodeIdOrId)
        ?? AllActivities().FirstOrDefault(node => node.Id == nodeIdOrId);

    /// <summary>The flowchart that directly contains the activity with this node id, if any.</summary>
    public ActivityNode? FindContainer(string nodeId) =>
        AllActivities().FirstOrDefault(node => node.Children.Any(child => child.NodeId == nodeId));
}
