using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Activities.Core;

[Activity("Elsa", "Flow", "A flowchart is a collection of activities and connections between them.", IsBrowsable = false)]
public sealed class Flowchart : Activity, IContainerActivity
{
    public FlowchartContent Content { get; set; } = new();
}
