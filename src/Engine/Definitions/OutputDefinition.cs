namespace PlanWorkflows.Engine.Definitions;

/// <summary>A workflow output declared by the definition.</summary>
public sealed record OutputDefinition : ArgumentDefinition;
