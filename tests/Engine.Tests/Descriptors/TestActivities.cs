using PlanWorkflows.Engine.Activities.Abstractions;

namespace PlanWorkflows.Engine.Tests.Descriptors;

[FlowNode("Approved", "Rejected")]
[Activity("Gov", "Implementation Plan", "Waits for a unit's approval.", Type = "Approval", Kind = ActivityKind.Task)]
public sealed class TestApproval : Activity, IBlockingActivity
{
    [Input(UIHint = InputUIHints.DropDown, DisplayName = "Mức ưu tiên", Options = ["Low", "High"])]
    public Input<string>? Priority { get; set; }

    [Input(Description = "Working days until the approval is due.")]
    public Input<int>? DueDays { get; set; }

    [Output]
    public Output<string>? Comment { get; set; }
}

[Activity("Gov", "Implementation Plan", Type = "Approval")]
public sealed class TestApprovalDuplicate : Activity;

public sealed class UndeclaredActivity : Activity;
