using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Tests.Runtime.Execution.Support;

/// <summary>Collects the lines WriteLine activities print.</summary>
internal sealed class CapturedOutput : IWorkflowStandardOutput
{
    public List<string> Lines { get; } = [];

    public void WriteLine(string text) => Lines.Add(text);
}
