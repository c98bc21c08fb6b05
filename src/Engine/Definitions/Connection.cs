using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Definitions;

/// <summary>A flowchart connection from an outcome port of one activity to the inbound port of another.</summary>
public sealed record Connection(Endpoint Source, Endpoint Target)
{
    public const string InboundPort = "In";

    /// <summary>Designer bend points, kept verbatim.</summary>
    public JsonArray? Vertices { get; init; }

    public bool Touches(string activityId) => Source.Activity == activityId || Target.Activity == activityId;
}
