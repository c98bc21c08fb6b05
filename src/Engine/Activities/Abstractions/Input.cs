using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Activities.Abstractions;

/// <summary>An activity input: the expression the runtime evaluates to get the value.</summary>
public abstract class Input(Expression expression)
{
    public Expression Expression { get; } = expression;

    public abstract Type ValueType { get; }
}

/// <summary>An input whose expression evaluates to a <typeparamref name="T"/>.</summary>
public sealed class Input<T>(Expression expression) : Input(expression)
{
    public override Type ValueType => typeof(T);
}
