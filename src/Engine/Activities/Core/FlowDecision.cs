using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Activities.Core;

[FlowNode("True", "False")]
[Activity("Elsa", "Branching", "Evaluate a Boolean condition to determine which path to execute next.", DisplayName = "Decision")]
public sealed class FlowDecision : Activity
{
    [Input(UIHint = InputUIHints.SingleLine)]
    public Input<bool>? Condition { get; set; }

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context) =>
        context.CompleteAsync(context.Get(Condition) ? "True" : "False");
}
