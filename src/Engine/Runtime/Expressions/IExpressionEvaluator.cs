using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Runtime.Expressions;

/// <summary>Evaluates one expression syntax (<c>Literal</c>, <c>JavaScript</c>, ...) to a JSON value.</summary>
internal interface IExpressionEvaluator
{
    string ExpressionType { get; }

    JsonNode? Evaluate(Expression expression, ExpressionContext context);
}
