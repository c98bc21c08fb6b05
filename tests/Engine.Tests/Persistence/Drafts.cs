using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Engine.Tests.Persistence;

/// <summary>Draft content for store tests: the JSON only needs to be text the store keeps as it is.</summary>
internal static class Drafts
{
    public static WorkflowDefinitionDraft Named(string name, string? definitionId = null) => new()
    {
        DefinitionId = definitionId,
        Name = name,
        Description = $"Description of {name}",
        ToolVersion = "3.8.0",
        Data = $$$"""{"name":"{{{name}}}","root":{"type":"Elsa.Flowchart","activities":[]}}""",
    };
}
