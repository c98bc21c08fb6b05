using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Activities.Core;

[Activity("Elsa", "Primitives", "Mark the workflow as finished.")]
public sealed class Finish : Activity, ITerminalActivity
{
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Run.FinishWorkflow(context.Instance);
        return context.CompleteAsync();
    }
}
