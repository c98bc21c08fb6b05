using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;

namespace PlanWorkflows.Engine.Validation;

/// <summary>
/// A loop must contain an activity that can leave it or wait: a branching activity (several or dynamic outcomes), a join,
/// a blocking activity (timer, event, human step), a container that blocks inside, or an activity of unknown type.
/// </summary>
internal static class EndlessLoopRule
{
    public static IEnumerable<DefinitionError> Check(ActivityNode flowchart, ActivityRegistry registry)
    {
        var content = flowchart.Flowchart!;
        var edges = content.Connections
            .GroupBy(connection => connection.Source.Activity)
            .ToDictionary(group => group.Key, group => group.Select(connection => connection.Target.Activity).ToList());
        var components = StronglyConnectedComponents.Find(content.Activities.Select(activity => activity.Id), edges);
        foreach (var component in components.Where(component => IsLoop(component, edges)))
        {
            var members = component.Select(content.FindActivity).OfType<ActivityNode>().ToList();
            if (members.Count > 0 && !members.Any(member => CanBreakLoop(member, registry)))
            {
                var first = members.OrderBy(member => member.Id, StringComparer.Ordinal).First();
                var ids = string.Join(", ", members.Select(member => member.Id).Order(StringComparer.Ordinal));
                yield return ActivityLabel.Error(first, "connections",
                    $"it is in a loop ({ids}) that no activity can stop or leave: add a decision, a join or a waiting activity.");
            }
        }
    }

    private static bool IsLoop(IReadOnlyList<string> component, IReadOnlyDictionary<string, List<string>> edges) =>
        component.Count > 1 || (edges.GetValueOrDefault(component[0])?.Contains(component[0]) ?? false);

    private static bool CanBreakLoop(ActivityNode node, ActivityRegistry registry)
    {
        var descriptor = registry.Find(node.Type);
        return descriptor is null
            || descriptor.IsBlocking
            || descriptor.IsJoin
            || descriptor.DynamicOutcomesInput is not null
            || descriptor.FlowPortNames.Count() > 1
            || node.Children.Any(child => child.DescendantsAndSelf().Any(inner => CanBreakLoop(inner, registry)));
    }
}
