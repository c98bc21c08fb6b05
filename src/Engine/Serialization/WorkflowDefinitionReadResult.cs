using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Serialization;

/// <summary>A definition read from JSON and what the reader noticed on the way.</summary>
public sealed record WorkflowDefinitionReadResult(WorkflowDefinition Definition, IReadOnlyList<DefinitionDiagnostic> Diagnostics);
