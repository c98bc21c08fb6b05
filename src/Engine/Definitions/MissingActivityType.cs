using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Definitions;

/// <summary>
/// Marks a node whose type no registered activity declares (Elsa's <c>Elsa.NotFoundActivity</c>): the original JSON
/// is kept and written back unchanged.
/// </summary>
public sealed record MissingActivityType(string TypeName, int Version, JsonObject OriginalJson);
