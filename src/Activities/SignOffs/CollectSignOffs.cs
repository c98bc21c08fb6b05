using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Engine.Activities.Abstractions;

namespace PlanWorkflows.Activities.SignOffs;

/// <summary>
/// Lấy ý kiến phối hợp (collect sign-offs): one SignOff work item per coordinating unit. <c>Approved</c> when the
/// policy is met; <c>ChangesRequested</c> as soon as a unit asks for changes (the lead unit revises and the sign-offs
/// run again); <c>Overdue</c> when the deadline passes and <see cref="StopWaitingWhenOverdue"/> says to stop waiting.
/// </summary>
[FlowNode("Approved", "ChangesRequested", "Overdue")]
[Activity("PlanWorkflows", HumanStep.Category, "Lấy ý kiến các đơn vị phối hợp.", DisplayName = "Lấy ý kiến phối hợp", Kind = ActivityKind.Task)]
public sealed partial class CollectSignOffs : HumanStep, IBlockingActivity
{
    [Input(DisplayName = "Đơn vị phối hợp", Description = "Unit or group ids of the coordinating units.", UIHint = InputUIHints.MultiText, Order = 6)]
    public Input<ICollection<string>>? CoordinatingUnits { get; set; }

    [Input(DisplayName = "Chính sách", Description = "All, Any or Quorum.", UIHint = InputUIHints.DropDown, DefaultValue = SignOffPolicy.All, Order = 7)]
    public Input<SignOffPolicy>? Policy { get; set; }

    [Input(DisplayName = "Số đơn vị tối thiểu", Description = "Approvals needed under the Quorum policy.", DefaultValue = 1, Order = 8)]
    public Input<int>? Quorum { get; set; }

    [Input(DisplayName = "Dừng chờ khi quá hạn", Description = "Complete with Overdue when the due date passes instead of escalating and waiting.", UIHint = InputUIHints.Checkbox, DefaultValue = false, Order = 9)]
    public Input<bool>? StopWaitingWhenOverdue { get; set; }
}
