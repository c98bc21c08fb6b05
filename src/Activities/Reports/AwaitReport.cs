using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Engine.Activities.Abstractions;

namespace PlanWorkflows.Activities.Reports;

/// <summary>
/// Chờ báo cáo (await reports): one Report work item per reporting unit for each period of the cadence, due on the
/// plan's day or the legal default; when a period's reports are in it opens the next period, and completes with
/// <c>Submitted</c> after the last period before <see cref="EndDate"/>.
/// </summary>
[FlowNode("Submitted")]
[Activity("PlanWorkflows", HumanStep.Category, "Chờ các đơn vị gửi báo cáo định kỳ.", DisplayName = "Chờ báo cáo", Kind = ActivityKind.Task)]
public sealed partial class AwaitReport : HumanStep, IBlockingActivity
{
    [Input(DisplayName = "Đơn vị báo cáo", Description = "Unit or group ids of the units that report.", UIHint = InputUIHints.MultiText, Order = 6)]
    public Input<ICollection<string>>? ReportingUnits { get; set; }

    [Input(DisplayName = "Định kỳ", Description = "Monthly, Quarterly, HalfYearly, Yearly or Dated.", UIHint = InputUIHints.DropDown, DefaultValue = ReportingCadence.Yearly, Order = 7)]
    public Input<ReportingCadence>? Cadence { get; set; }

    [Input(DisplayName = "Ngày báo cáo trong kỳ", Description = "Day of the month the report is due; empty for the legal default.", Order = 8)]
    public Input<int?>? DueDay { get; set; }

    [Input(DisplayName = "Tháng báo cáo", Description = "Month of a yearly report; empty for the legal default.", Order = 9)]
    public Input<int?>? DueMonth { get; set; }

    [Input(DisplayName = "Các ngày báo cáo", Description = "ISO dates (yyyy-MM-dd) of a Dated cadence.", UIHint = InputUIHints.MultiText, Order = 10)]
    public Input<ICollection<string>>? DueDates { get; set; }

    [Input(DisplayName = "Kết thúc", Description = "Last day of the plan; no period starts after it.", UIHint = InputUIHints.DateTimePicker, Order = 11)]
    public Input<DateTime?>? EndDate { get; set; }
}
