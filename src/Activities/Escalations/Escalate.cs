using PlanWorkflows.Engine.Activities.Abstractions;

namespace PlanWorkflows.Activities.Escalations;

/// <summary>Đôn đốc (escalate): records an escalation of a task's open work to the next rung of the plan's ladder and notifies it.</summary>
[Activity("PlanWorkflows", "Kế hoạch", "Báo cáo việc chậm trễ lên cấp trên theo thang đôn đốc của kế hoạch.", DisplayName = "Đôn đốc", Kind = ActivityKind.Action)]
public sealed partial class Escalate : Activity
{
    [Input(DisplayName = "Kế hoạch", Description = "Id of the plan.", Order = 0)]
    public Input<string>? PlanId { get; set; }

    [Input(DisplayName = "Nhiệm vụ", Description = "Id of the task whose open work items are escalated.", Order = 1)]
    public Input<string>? TaskId { get; set; }

    [Input(DisplayName = "Cấp", Description = "Reminder, MonitoringUnit or Leadership.", UIHint = InputUIHints.DropDown, DefaultValue = EscalationLevel.MonitoringUnit, Order = 2)]
    public Input<EscalationLevel>? Level { get; set; }

    [Input(DisplayName = "Gửi đến", Description = "Unit id the escalation goes to.", Order = 3)]
    public Input<string>? ToUnit { get; set; }

    [Input(DisplayName = "Lý do", Description = "Why the work is escalated.", UIHint = InputUIHints.MultiLine, Order = 4)]
    public Input<string>? Reason { get; set; }
}
