using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Engine.Activities.Abstractions;

namespace PlanWorkflows.Activities.Tasks;

/// <summary>Giao nhiệm vụ (assign a task): one Assignment work item per lead unit; done when every lead unit marks it done.</summary>
[Activity("PlanWorkflows", HumanStep.Category, "Giao nhiệm vụ cho đơn vị chủ trì và chờ đơn vị báo hoàn thành.", DisplayName = "Giao nhiệm vụ", Kind = ActivityKind.Task)]
public sealed partial class AssignTask : HumanStep, IBlockingActivity
{
    [Input(DisplayName = "Đơn vị chủ trì", Description = "Unit or group ids of the lead units; a group fans out to one work item per member.", UIHint = InputUIHints.MultiText, Order = 6)]
    public Input<ICollection<string>>? LeadUnits { get; set; }
}
