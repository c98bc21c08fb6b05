using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Management;

/// <summary>The definition as stored by a save, and whether the save created the definition (no version of it existed).</summary>
public sealed record SavedWorkflowDefinition(WorkflowDefinition Definition)
{
    public bool IsNew { get; init; }
}
