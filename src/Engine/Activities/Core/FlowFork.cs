using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Activities.Core;

/// <summary>Its outcome ports are the values of <see cref="Branches"/> (Studio's dynamic outcomes).</summary>
[Activity("Elsa", "Branching", "Branch execution into multiple branches that will be executed in parallel.", DisplayName = "Fork (flow)")]
public sealed class FlowFork : Activity
{
    [Input(Description = "A list of expected outcomes to handle.", UIHint = InputUIHints.DynamicOutcomes)]
    public Input<ICollection<string>>? Branches { get; set; }

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context) =>
        context.CompleteAsync([.. context.Get(Branches) ?? []]);
}
