using System.Text.Json;
using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Runtime.Expressions;

/// <summary>A JSON value, written either as JSON text in a string (Elsa's designer) or as a JSON node.</summary>
internal sealed class ObjectEvaluator : IExpressionEvaluator
{
    public string ExpressionType => "Object";

    public JsonNode? Evaluate(Expression expression, ExpressionContext context)
    {
        if (expression.Value is not JsonValue value || !value.TryGetValue<string>(out var json))
        {
            return expression.Value?.DeepClone();
        }

        try
        {
            return string.IsNullOrWhiteSpace(json) ? null : JsonNode.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new ExpressionException($"The Object expression of {context.Subject} is not valid JSON: {exception.Message}", exception);
        }
    }
}
