using PlanWorkflows.Engine.Activities.Abstractions;

namespace PlanWorkflows.Engine.Activities.Core;

[Activity("Elsa", "Primitives", "Wait for an event to be published.", Kind = ActivityKind.Trigger)]
public sealed class Event : Activity, IBlockingActivity
{
    [Input(Description = "The name of the event to listen for.")]
    public Input<string>? EventName { get; set; }

    [Output]
    public Output<object>? Result { get; set; }
}
