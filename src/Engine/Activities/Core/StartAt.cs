using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Activities.Core;

[Activity("Elsa", "Scheduling", "Trigger execution at a specific time in the future.", Kind = ActivityKind.Trigger)]
public sealed class StartAt : Activity, IBlockingActivity
{
    [Input]
    public Input<DateTimeOffset>? DateTime { get; set; }

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var executeAt = context.Get(DateTime);
        if (executeAt <= context.TimeProvider.GetUtcNow())
        {
            return context.CompleteAsync();
        }

        context.CreateBookmark(new StartAtPayload(executeAt), dueAt: executeAt);
        return ValueTask.CompletedTask;
    }
}
