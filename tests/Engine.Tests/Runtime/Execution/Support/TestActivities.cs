using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Tests.Runtime.Execution.Support;

internal static class TestActivities
{
    public static ActivityRegistry Registry { get; } = ActivityRegistry.CreateDefault()
        .Register<Fail>()
        .Register<SetOutput>()
        .Register<AwaitSignOff>();
}

[Activity("Test", "Testing")]
internal sealed class Fail : Activity
{
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context) => throw new InvalidOperationException("The unit directory is unavailable.");
}

[Activity("Test", "Testing")]
internal sealed class SetOutput : Activity
{
    [Input]
    public Input<string>? OutputName { get; set; }

    [Input]
    public Input<object>? Value { get; set; }

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.SetWorkflowOutput(context.Get(OutputName) ?? "", context.Get(Value));
        return context.CompleteAsync();
    }
}

/// <summary>A human step in miniature: opens a work note in the unit of work and waits; counts its resumptions in its state.</summary>
[Activity("Test", "Testing")]
internal sealed class AwaitSignOff : Activity
{
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.UnitOfWork.Add(new WorkNote(context.ActivityInstanceId));
        context.ActivityState["reminders"] = 0;
        context.CreateBookmark(new JsonObject { ["Unit"] = "Phòng Y tế" }, OnSignalAsync);
        return ValueTask.CompletedTask;
    }

    private ValueTask OnSignalAsync(ActivityExecutionContext context)
    {
        if (context.ResumeInput?["signedOff"]?.GetValue<bool>() == true)
        {
            return context.CompleteAsync("Approved");
        }

        context.ActivityState["reminders"] = context.ActivityState["reminders"]!.GetValue<int>() + 1;
        context.CreateBookmark(new JsonObject { ["Unit"] = "Phòng Y tế" }, OnSignalAsync);
        return ValueTask.CompletedTask;
    }
}

internal sealed record WorkNote(string ActivityInstanceId);
