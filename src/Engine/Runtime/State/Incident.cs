namespace PlanWorkflows.Engine.Runtime.State;

/// <summary>An activity fault recorded on its instance (Elsa's <c>ActivityIncident</c>).</summary>
public sealed record Incident(
    string ActivityId,
    string ActivityNodeId,
    string ActivityType,
    string Message,
    string ExceptionType,
    string? StackTrace,
    DateTimeOffset Timestamp);
