namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>An instance runs a definition version that has been deleted.</summary>
public sealed class WorkflowDefinitionVersionMissingException(string definitionVersionId)
    : Exception($"The workflow definition version '{definitionVersionId}' does not exist.");
