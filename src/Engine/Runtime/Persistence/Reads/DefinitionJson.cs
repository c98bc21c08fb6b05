namespace PlanWorkflows.Engine.Runtime.Persistence.Reads;

/// <summary>A definition version's JSON and the data revision it belongs to.</summary>
internal sealed record DefinitionJson(string Data, long DataRevision);
