using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Activities.Tests.Support;

/// <summary>Collects what the outcome markers (WriteLine activities behind each port) write.</summary>
internal sealed class OutcomeRecorder : IWorkflowStandardOutput
{
    public List<string> Outcomes { get; } = [];

    public void WriteLine(string text) => Outcomes.Add(text);
}
