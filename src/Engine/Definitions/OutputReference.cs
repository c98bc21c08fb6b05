namespace PlanWorkflows.Engine.Definitions;

/// <summary>An activity output bound to a memory block (usually a variable id): <c>{typeName, memoryReference:{id}}</c>.</summary>
public sealed record OutputReference(string TypeName, string? MemoryReferenceId);
