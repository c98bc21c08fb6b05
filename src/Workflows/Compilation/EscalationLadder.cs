using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>
/// Who overdue work goes to above the lead unit: the unit that consolidates the reports ("qua Phòng LĐTBXH"), then
/// the body that receives them (the issuing UBND).
/// </summary>
internal sealed record EscalationLadder(string? MonitoringUnit, string? IssuingUnit)
{
    public const int ReminderAfterWorkingDays = 0;
    public const int MonitoringUnitAfterWorkingDays = 3;
    public const int LeadershipAfterWorkingDays = 7;

    public static EscalationLadder Of(PlanReporting? reporting) =>
        new(reporting?.Via?.UnitId, reporting?.Recipient?.UnitId);
}
