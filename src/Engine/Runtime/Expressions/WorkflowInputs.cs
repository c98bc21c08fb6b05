using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Runtime.Expressions;

/// <summary>Reads workflow inputs by name, ignoring case as Elsa's input dictionary does.</summary>
internal static class WorkflowInputs
{
    public static JsonNode? Get(JsonObject input, string name) =>
        input.FirstOrDefault(entry => string.Equals(entry.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.DeepClone();
}
