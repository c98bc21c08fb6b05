using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Flowchart;

namespace PlanWorkflows.Engine.Activities.Core;

[Activity("Elsa", "Flow", "A flowchart is a collection of activities and connections between them.", IsBrowsable = false)]
public sealed class Flowchart : Activity, IContainerActivity, ICompositeActivity
{
    public FlowchartContent Content { get; set; } = new();

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context) => new FlowchartScheduler(context, Content).StartAsync();

    ValueTask ICompositeActivity.OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child, IReadOnlyList<string> outcomes) =>
        new FlowchartScheduler(context, Content).OnChildCompletedAsync(child, outcomes);
}
