using PlanWorkflows.Engine.Activities.Abstractions;

namespace PlanWorkflows.Engine.Activities.Core;

[Activity("Elsa", "Scheduling", "Trigger execution at a specific time in the future.", Kind = ActivityKind.Trigger)]
public sealed class StartAt : Activity, IBlockingActivity
{
    [Input]
    public Input<DateTimeOffset>? DateTime { get; set; }
}
