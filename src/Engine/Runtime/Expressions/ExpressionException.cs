namespace PlanWorkflows.Engine.Runtime.Expressions;

/// <summary>An expression could not be evaluated or its value does not fit the input's type.</summary>
public sealed class ExpressionException(string message, Exception? innerException = null) : Exception(message, innerException);
