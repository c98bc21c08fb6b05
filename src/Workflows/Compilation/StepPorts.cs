namespace PlanWorkflows.Workflows.Compilation;

/// <summary>The outcome ports the compiled steps connect, as the activities declare them (the validator checks each).</summary>
internal static class StepPorts
{
    public const string Done = "Done";
    public const string Approved = "Approved";
    public const string ChangesRequested = "ChangesRequested";
    public const string Overdue = "Overdue";
    public const string Submitted = "Submitted";
}
