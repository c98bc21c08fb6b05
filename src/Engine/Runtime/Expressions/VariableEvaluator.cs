using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Runtime.Expressions;

/// <summary>The value of the variable the expression names, by id or by name.</summary>
internal sealed class VariableEvaluator : IExpressionEvaluator
{
    public string ExpressionType => "Variable";

    public JsonNode? Evaluate(Expression expression, ExpressionContext context)
    {
        var reference = ReferenceOf(expression) ?? throw new ExpressionException($"The Variable expression of {context.Subject} names no variable.");
        return context.Variables.Find(reference) is null
            ? throw new ExpressionException($"The Variable expression of {context.Subject} names '{reference}', which is not in scope.")
            : context.Variables.Get(reference);
    }

    /// <summary>Elsa writes either the id as a string or a variable object with <c>id</c> and <c>name</c>.</summary>
    private static string? ReferenceOf(Expression expression) => expression.Value switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonObject variable => (string?)variable["id"] ?? (string?)variable["name"],
        _ => null,
    };
}
