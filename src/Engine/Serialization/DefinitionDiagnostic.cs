namespace PlanWorkflows.Engine.Serialization;

/// <summary>Something the reader tolerated but a user should know, e.g. an activity type that is not registered.</summary>
public sealed record DefinitionDiagnostic(string ActivityId, string ActivityType, string Message);
