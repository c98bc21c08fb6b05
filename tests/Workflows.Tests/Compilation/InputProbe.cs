using PlanWorkflows.Activities.Reports;
using PlanWorkflows.Activities.SignOffs;
using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Workflows.Tests.Compilation;

/// <summary>
/// Has inputs of the same names and types as the plan activities; running it evaluates a compiled step's input values
/// with the executor's own evaluators and writes them to the workflow output.
/// </summary>
[Activity("PlanWorkflows.Tests", "Tests", "Evaluates compiled input values.")]
public sealed class InputProbe : Activity
{
    public Input<ICollection<string>>? LeadUnits { get; set; }

    public Input<ICollection<string>>? CoordinatingUnits { get; set; }

    public Input<SignOffPolicy>? Policy { get; set; }

    public Input<ReportingCadence>? Cadence { get; set; }

    public Input<DateTime?>? EndDate { get; set; }

    public Input<int>? LeadershipAfterWorkingDays { get; set; }

    public Input<string>? MonitoringUnit { get; set; }

    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.SetWorkflowOutput(nameof(LeadUnits), context.Get(LeadUnits));
        context.SetWorkflowOutput(nameof(CoordinatingUnits), context.Get(CoordinatingUnits));
        context.SetWorkflowOutput(nameof(Policy), context.Get(Policy));
        context.SetWorkflowOutput(nameof(Cadence), context.Get(Cadence));
        context.SetWorkflowOutput(nameof(EndDate), context.Get(EndDate));
        context.SetWorkflowOutput(nameof(LeadershipAfterWorkingDays), context.Get(LeadershipAfterWorkingDays));
        context.SetWorkflowOutput(nameof(MonitoringUnit), context.Get(MonitoringUnit));
        return context.CompleteAsync();
    }
}
