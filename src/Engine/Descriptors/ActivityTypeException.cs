namespace PlanWorkflows.Engine.Descriptors;

/// <summary>An activity class cannot be described or registered (missing attribute, duplicate type name).</summary>
public sealed class ActivityTypeException(string message) : Exception(message);
