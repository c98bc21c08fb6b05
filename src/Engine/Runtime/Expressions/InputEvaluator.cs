using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Runtime.Expressions;

/// <summary>The workflow input the expression names.</summary>
internal sealed class InputEvaluator : IExpressionEvaluator
{
    public string ExpressionType => "Input";

    public JsonNode? Evaluate(Expression expression, ExpressionContext context)
    {
        var name = expression.Value switch
        {
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            JsonObject input => (string?)input["name"],
            _ => null,
        };
        return name is null
            ? throw new ExpressionException($"The Input expression of {context.Subject} names no workflow input.")
            : WorkflowInputs.Get(context.WorkflowInput, name);
    }
}
