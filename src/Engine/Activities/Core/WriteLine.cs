using PlanWorkflows.Engine.Activities.Abstractions;

namespace PlanWorkflows.Engine.Activities.Core;

[Activity("Elsa", "Console", "Write a line of text to the console.")]
public sealed class WriteLine : Activity
{
    [Input(Description = "The text to write.")]
    public Input<string>? Text { get; set; }
}
