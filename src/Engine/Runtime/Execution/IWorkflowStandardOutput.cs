namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>Where <c>Elsa.WriteLine</c> writes its text (the log by default; tests and the command line capture it).</summary>
public interface IWorkflowStandardOutput
{
    void WriteLine(string text);
}
