namespace PlanWorkflows.Engine.Definitions;

/// <summary>The body of an <c>Elsa.Flowchart</c>: its activities, the connections between them and its own variables.</summary>
public sealed record FlowchartContent
{
    public IReadOnlyList<ActivityNode> Activities { get; init; } = [];

    public IReadOnlyList<Connection> Connections { get; init; } = [];

    /// <summary>Connections to or from activities of unknown type, parked as Elsa does and written back on save.</summary>
    public IReadOnlyList<Connection> NotFoundConnections { get; init; } = [];

    /// <summary>The <c>start</c> activity id that older Elsa exports put on the flowchart.</summary>
    public string? StartActivityId { get; init; }

    public IReadOnlyList<VariableDefinition> Variables { get; init; } = [];

    public ActivityNode? FindActivity(string activityId) => Activities.FirstOrDefault(activity => activity.Id == activityId);

    public IEnumerable<Connection> InboundConnections(string activityId) =>
        Connections.Where(connection => connection.Target.Activity == activityId);

    public IEnumerable<Connection> OutboundConnections(string activityId) =>
        Connections.Where(connection => connection.Source.Activity == activityId);
}
