using PlanWorkflows.Engine.Activities.Abstractions;

namespace PlanWorkflows.Activities.Steps;

/// <summary>
/// A step that waits for people: it opens work items in units' inboxes and escalates them up the plan's ladder
/// (lead unit → monitoring unit → issuing UBND) when they are overdue, counting working days.
/// </summary>
public abstract partial class HumanStep : Activity
{
    internal const string Category = "Kế hoạch";
    internal const string EscalationCategory = "Đôn đốc";
    internal const int DefaultMonitoringUnitAfterWorkingDays = 3;
    internal const int DefaultLeadershipAfterWorkingDays = 7;

    [Input(DisplayName = "Kế hoạch", Description = "Id of the plan (Kế hoạch) the task belongs to.", Order = 0)]
    public Input<string>? PlanId { get; set; }

    [Input(DisplayName = "Nhiệm vụ", Description = "Id of the task in the plan, such as II.2-a.", Order = 1)]
    public Input<string>? TaskId { get; set; }

    [Input(DisplayName = "Tiêu đề", Description = "Short title shown in the inbox.", Order = 2)]
    public Input<string>? Title { get; set; }

    [Input(DisplayName = "Nội dung", Description = "The task as the plan writes it.", UIHint = InputUIHints.MultiLine, Order = 3)]
    public Input<string>? Instructions { get; set; }

    [Input(DisplayName = "Dòng nguồn", Description = "Source lines of the task in the plan document, such as 41-44.", Order = 4)]
    public Input<string>? SourceLines { get; set; }

    [Input(DisplayName = "Hạn hoàn thành", Description = "Due date; empty when the plan gives none.", UIHint = InputUIHints.DateTimePicker, Order = 5)]
    public Input<DateTime?>? DueDate { get; set; }

    [Input(DisplayName = "Nhắc sau (ngày làm việc)", Description = "Working days after the due date to remind the unit (0 = on the due date).", DefaultValue = 0, Category = EscalationCategory, Order = 10)]
    public Input<int>? ReminderAfterWorkingDays { get; set; }

    [Input(DisplayName = "Báo đơn vị theo dõi sau (ngày làm việc)", Description = "Working days after the due date to escalate to the monitoring unit.", DefaultValue = DefaultMonitoringUnitAfterWorkingDays, Category = EscalationCategory, Order = 11)]
    public Input<int>? MonitoringUnitAfterWorkingDays { get; set; }

    [Input(DisplayName = "Báo UBND sau (ngày làm việc)", Description = "Working days after the due date to escalate to the issuing UBND.", DefaultValue = DefaultLeadershipAfterWorkingDays, Category = EscalationCategory, Order = 12)]
    public Input<int>? LeadershipAfterWorkingDays { get; set; }

    [Input(DisplayName = "Đơn vị theo dõi", Description = "Unit id of the monitoring unit (e.g. phong-ldtbxh).", Category = EscalationCategory, Order = 13)]
    public Input<string>? MonitoringUnit { get; set; }

    [Input(DisplayName = "Cơ quan ban hành", Description = "Unit id of the issuing UBND (e.g. ubnd-huyen-kon-ray).", Category = EscalationCategory, Order = 14)]
    public Input<string>? IssuingUnit { get; set; }
}
