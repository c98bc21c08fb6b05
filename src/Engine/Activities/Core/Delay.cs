using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Activities.Core;

[Activity("Elsa", "Scheduling", "Delay execution for the specified amount of time.")]
public sealed class Delay : Activity, IBlockingActivity
{
    [Input(Description = "The timespan to delay workflow execution.", DefaultValue = "00:01:00")]
    public Input<TimeSpan>? TimeSpan { get; set; }

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var resumeAt = context.TimeProvider.GetUtcNow() + context.Get(TimeSpan);
        context.CreateBookmark(new DelayPayload(resumeAt), dueAt: resumeAt);
        return ValueTask.CompletedTask;
    }
}
