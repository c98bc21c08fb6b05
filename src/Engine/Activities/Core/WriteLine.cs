using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Activities.Core;

[Activity("Elsa", "Console", "Write a line of text to the console.")]
public sealed class WriteLine : Activity
{
    [Input(Description = "The text to write.")]
    public Input<string>? Text { get; set; }

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var text = context.Get(Text) ?? "";
        context.Services.GetRequiredService<IWorkflowStandardOutput>().WriteLine(text);
        context.AddJournalEntry(nameof(WriteLine), text);
        return context.CompleteAsync();
    }
}
