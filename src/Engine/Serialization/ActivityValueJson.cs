using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Serialization;

/// <summary>Wrapped input values <c>{typeName, expression, memoryReference}</c> and output references <c>{typeName, memoryReference}</c>.</summary>
internal static class ActivityValueJson
{
    /// <summary>Reads a wrapped input; a bare value (string, number, boolean, array) is a Literal of the input's type.</summary>
    public static ActivityInputValue? ReadInput(JsonNode? json, string declaredTypeName)
    {
        if (json is null)
        {
            return null;
        }

        if (json is JsonObject wrapped && wrapped["expression"] is JsonObject expression)
        {
            return new ActivityInputValue(
                wrapped.StringOf("typeName") ?? declaredTypeName,
                new Expression(expression.StringOf("type") ?? Expression.LiteralType, expression["value"]?.DeepClone()))
            {
                MemoryReferenceId = MemoryReferenceOf(wrapped),
            };
        }

        return new ActivityInputValue(declaredTypeName, Expression.Literal(json.DeepClone()));
    }

    public static JsonObject WriteInput(ActivityInputValue value)
    {
        var json = new JsonObject
        {
            ["typeName"] = value.TypeName,
            ["expression"] = new JsonObject { ["type"] = value.Expression.Type, ["value"] = value.Expression.Value?.DeepClone() },
        };
        if (value.MemoryReferenceId is { } id)
        {
            json["memoryReference"] = new JsonObject { ["id"] = id };
        }

        return json;
    }

    public static bool IsOutputReference(JsonNode? json) => json is null || json["memoryReference"] is JsonObject;

    public static OutputReference? ReadOutput(JsonNode? json, string declaredTypeName) => json is JsonObject reference
        ? new OutputReference(reference.StringOf("typeName") ?? declaredTypeName, MemoryReferenceOf(reference))
        : null;

    public static JsonObject WriteOutput(OutputReference reference) => new()
    {
        ["typeName"] = reference.TypeName,
        ["memoryReference"] = new JsonObject { ["id"] = reference.MemoryReferenceId },
    };

    private static string? MemoryReferenceOf(JsonObject json) =>
        json["memoryReference"] is JsonObject memoryReference ? memoryReference.StringOf("id") : null;
}
