using PlanWorkflows.Engine.Activities.Abstractions;

namespace PlanWorkflows.Engine.Activities.Core;

[Activity("Elsa", "Scheduling", "Delay execution for the specified amount of time.")]
public sealed class Delay : Activity, IBlockingActivity
{
    [Input(Description = "The timespan to delay workflow execution.", DefaultValue = "00:01:00")]
    public Input<TimeSpan>? TimeSpan { get; set; }
}
