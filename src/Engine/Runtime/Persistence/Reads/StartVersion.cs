namespace PlanWorkflows.Engine.Runtime.Persistence.Reads;

/// <summary>The definition version a start runs, without its JSON: <see cref="DataRevision"/> finds the parse in the cache.</summary>
internal sealed record StartVersion(string Id, int Version, string? Name, long DataRevision);
