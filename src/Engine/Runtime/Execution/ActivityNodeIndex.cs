using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>A definition's activities by node id, built once per definition: definitions are immutable.</summary>
internal static class ActivityNodeIndex
{
    private static readonly ConditionalWeakTable<WorkflowDefinition, FrozenDictionary<string, ActivityNode>> Cache = [];

    public static FrozenDictionary<string, ActivityNode> Of(WorkflowDefinition definition) =>
        Cache.GetValue(definition, key => key.AllActivities().ToFrozenDictionary(node => node.NodeId));
}
