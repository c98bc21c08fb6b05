using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>What every step of one section's workflow shares: the plan, the ids, the ladder and the layout.</summary>
internal sealed record SectionContext(
    Plan Plan,
    string PlanId,
    string DefinitionId,
    string FlowchartNodeId,
    EscalationLadder Ladder,
    DesignerLayout Layout)
{
    public string ActivityId(params string[] parts) => StableId.Of([DefinitionId, .. parts]);

    public string NodeId(string activityId) => $"{FlowchartNodeId}:{activityId}";
}
