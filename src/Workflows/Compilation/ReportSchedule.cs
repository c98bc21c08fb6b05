using PlanWorkflows.Activities.Reports;
using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>When a task reports: its own cadence, else the plan's reporting duty.</summary>
internal sealed record ReportSchedule(ReportingCadence Cadence, int? DueDay, int? DueMonth, string Text)
{
    /// <summary>
    /// The task's cadence, else the plan's; a bare "định kỳ" on the task takes the plan's period. Reviews ("sơ kết,
    /// tổng kết") and a bare "định kỳ" with nothing more specific report yearly, the legal default. Null when neither
    /// the task nor the plan says how often to report.
    /// </summary>
    public static ReportSchedule? For(PlanTask task, PlanReporting? reporting)
    {
        var planCadence = reporting?.Cadence;
        var cadence = task.Cadence is { Period: CadencePeriod.Periodic } && planCadence is not null
            ? planCadence
            : task.Cadence ?? planCadence;
        return cadence is null
            ? null
            : new ReportSchedule(CadenceOf(cadence.Period), cadence.DueDay, cadence.DueMonth, cadence.Text);
    }

    private static ReportingCadence CadenceOf(CadencePeriod period) => period switch
    {
        CadencePeriod.Monthly => ReportingCadence.Monthly,
        CadencePeriod.Quarterly => ReportingCadence.Quarterly,
        CadencePeriod.HalfYearly => ReportingCadence.HalfYearly,
        _ => ReportingCadence.Yearly,
    };
}
