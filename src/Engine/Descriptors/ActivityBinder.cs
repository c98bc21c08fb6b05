using System.Runtime.CompilerServices;
using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Descriptors;

/// <summary>
/// Turns an <see cref="ActivityNode"/> into its typed activity with the input expressions and output references set.
/// What a node needs is worked out on its first bind and kept while the node lives: definitions are immutable.
/// </summary>
public sealed class ActivityBinder(ActivityRegistry registry)
{
    private readonly ConditionalWeakTable<ActivityNode, ActivityBinding> _bindings = [];

    public Activity Bind(ActivityNode node) => _bindings.GetValue(node, Prepare).CreateActivity();

    private ActivityBinding Prepare(ActivityNode node)
    {
        var descriptor = registry.Find(node.Type)
            ?? throw new ActivityTypeException($"Activity '{node.Id}' has type '{node.Type}', which no registered activity declares.");
        return new ActivityBinding(descriptor, node);
    }
}
