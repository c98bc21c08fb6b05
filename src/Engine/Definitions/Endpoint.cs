namespace PlanWorkflows.Engine.Definitions;

/// <summary>One end of a connection: an activity id and one of its ports.</summary>
public sealed record Endpoint(string Activity, string Port);
