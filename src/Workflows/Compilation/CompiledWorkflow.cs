using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>One section of a plan compiled to an Elsa 3 workflow definition.</summary>
/// <param name="SectionId">The plan's section id, such as "II.2".</param>
/// <param name="Definition">The definition, version 1, neither published nor latest until stored.</param>
public sealed record CompiledWorkflow(string SectionId, WorkflowDefinition Definition);
