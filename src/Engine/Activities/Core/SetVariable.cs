using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Activities.Core;

[Activity("Elsa", "Primitives", "Assign a value to a workflow variable.")]
public sealed class SetVariable : Activity
{
    [Input(Description = "The variable to assign the value to.")]
    public VariableDefinition? Variable { get; set; }

    [Input(Description = "The value to assign.")]
    public Input<object>? Value { get; set; }

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (Variable is not null)
        {
            context.SetVariable(Variable.Id, context.Get(Value));
        }

        return context.CompleteAsync();
    }
}
