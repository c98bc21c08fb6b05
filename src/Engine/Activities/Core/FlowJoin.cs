using PlanWorkflows.Engine.Activities.Abstractions;

namespace PlanWorkflows.Engine.Activities.Core;

[Activity("Elsa", "Branching", "Explicitly merge multiple branches into a single branch of execution.", DisplayName = "Join")]
public sealed class FlowJoin : Activity, IJoinActivity
{
    [Input(
        Description = "The join mode determines whether this activity should continue as soon as one inbound path comes in (WaitAny), or once all inbound paths have executed (WaitAll). To wait for all activated inbound paths, set the mode to WaitAllActive.",
        DefaultValue = FlowJoinMode.WaitAny,
        UIHint = InputUIHints.DropDown)]
    public Input<FlowJoinMode>? Mode { get; set; }
}
