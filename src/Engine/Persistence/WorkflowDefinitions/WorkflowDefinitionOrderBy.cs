namespace PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

/// <summary>Sort key of a definition list (Elsa's <c>OrderByWorkflowDefinition</c>).</summary>
public enum WorkflowDefinitionOrderBy
{
    Name,
    CreatedAt,
    Version,
}
