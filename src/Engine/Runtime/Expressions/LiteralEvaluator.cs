using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Runtime.Expressions;

/// <summary>The value as written; the registry converts strings such as "True" or "00:00:05" to the input's type.</summary>
internal sealed class LiteralEvaluator : IExpressionEvaluator
{
    public string ExpressionType => Expression.LiteralType;

    public JsonNode? Evaluate(Expression expression, ExpressionContext context) => expression.Value?.DeepClone();
}
