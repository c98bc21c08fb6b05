using System.Text.Json;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Runtime.Expressions.JavaScript;

namespace PlanWorkflows.Engine.Runtime.Expressions;

/// <summary>Finds the evaluator of an expression's syntax and converts its value to the input's type.</summary>
internal sealed class ExpressionEvaluatorRegistry(IEnumerable<IExpressionEvaluator> evaluators)
{
    private readonly Dictionary<string, IExpressionEvaluator> _evaluators =
        evaluators.ToDictionary(evaluator => evaluator.ExpressionType, StringComparer.OrdinalIgnoreCase);

    /// <summary>Literal, Object, Variable, Input and JavaScript.</summary>
    public static ExpressionEvaluatorRegistry CreateDefault(JavaScriptOptions javaScript) => new(
    [
        new LiteralEvaluator(), new ObjectEvaluator(), new VariableEvaluator(), new InputEvaluator(), new JavaScriptEvaluator(javaScript),
    ]);

    public object? Evaluate(Expression expression, Type targetType, ExpressionContext context)
    {
        if (!_evaluators.TryGetValue(expression.Type, out var evaluator))
        {
            throw new ExpressionException($"Expression type '{expression.Type}' is not supported ({context.Subject}).");
        }

        var value = evaluator.Evaluate(expression, context);
        try
        {
            return ValueConverter.ToClr(value, targetType);
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException or ArgumentException or OverflowException)
        {
            throw new ExpressionException($"The value of {context.Subject} does not convert to {targetType.Name}: {exception.Message}", exception);
        }
    }
}
