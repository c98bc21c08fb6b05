using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Activities.Core;

[Activity("Elsa", "Primitives", "Wait for an event to be published.", Kind = ActivityKind.Trigger)]
public sealed class Event : Activity, IBlockingActivity
{
    [Input(Description = "The name of the event to listen for.")]
    public Input<string>? EventName { get; set; }

    [Output]
    public Output<object>? Result { get; set; }

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.CreateBookmark(new EventBookmarkPayload(context.Get(EventName) ?? ""), OnEventAsync);
        return ValueTask.CompletedTask;
    }

    private ValueTask OnEventAsync(ActivityExecutionContext context)
    {
        context.Set(Result, context.ResumeInput?[EventBookmarkPayload.PayloadInputKey] ?? context.ResumeInput);
        return context.CompleteAsync();
    }
}
