using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Activities.Core;

[Activity("Elsa", "Primitives", "Set the CorrelationId of the workflow to a given value.")]
public sealed class Correlate : Activity
{
    [Input(Description = "An expression that evaluates to the value to store as the correlation id")]
    public Input<string>? CorrelationId { get; set; }

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.CorrelationId = context.Get(CorrelationId);
        return context.CompleteAsync();
    }
}
