using PlanWorkflows.Activities.Reports;
using PlanWorkflows.Activities.SignOffs;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Activities.Tasks;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>
/// Builds one task's chain: <c>AssignTask</c> (lead units) → <c>CollectSignOffs</c> (coordinating units; changes
/// requested go back to the lead unit, overdue sign-offs go on) → <c>AwaitReport</c> (the task's or the plan's
/// cadence, reported by the lead units). Sign-offs are skipped without coordinators, reports without a cadence.
/// </summary>
internal sealed class TaskChainBuilder(CompilerActivities activities, SectionContext context)
{
    public TaskChain Build(PlanTask task, int row)
    {
        var lead = UnitSelection.From(task.Lead);
        var coordinating = UnitSelection.From(task.Coordinating);
        var schedule = ReportSchedule.For(task, context.Plan.Reporting);

        var assign = Assign(task, row, lead, coordinating);
        var steps = new List<ActivityNode> { assign };
        var connections = new List<Connection>();
        var exits = new List<Endpoint> { new(assign.Id, StepPorts.Done) };

        if (!coordinating.IsEmpty)
        {
            var signOffs = SignOffs(task, row, coordinating);
            steps.Add(signOffs);
            connections.AddRange(exits.Select(exit => Connect(exit, signOffs.Id)));
            connections.Add(Connect(new Endpoint(signOffs.Id, StepPorts.ChangesRequested), assign.Id));
            exits = [new(signOffs.Id, StepPorts.Approved), new(signOffs.Id, StepPorts.Overdue)];
        }

        if (schedule is not null)
        {
            var report = Report(task, row, lead, schedule);
            steps.Add(report);
            connections.AddRange(exits.Select(exit => Connect(exit, report.Id)));
            exits = [new(report.Id, StepPorts.Submitted)];
        }

        return new TaskChain(steps, connections, assign.Id, exits);
    }

    private ActivityNode Assign(PlanTask task, int row, UnitSelection lead, UnitSelection coordinating)
    {
        var description = StepText.Units("Đơn vị chủ trì", lead)
            + (coordinating.IsEmpty ? StepText.LeftOut(coordinating) : "");
        var inputs = Common(activities.AssignTask, task).Units(nameof(AssignTask.LeadUnits), lead.Ids);
        return Step(activities.AssignTask, task, row, column: 0, description, inputs);
    }

    private ActivityNode SignOffs(PlanTask task, int row, UnitSelection coordinating)
    {
        var description = StepText.Units("Đơn vị phối hợp", coordinating)
            + " Nếu có đơn vị đề nghị chỉnh sửa, nhiệm vụ trở lại đơn vị chủ trì.";
        var inputs = Common(activities.CollectSignOffs, task)
            .Units(nameof(CollectSignOffs.CoordinatingUnits), coordinating.Ids)
            .Choice(nameof(CollectSignOffs.Policy), SignOffPolicy.All);
        return Step(activities.CollectSignOffs, task, row, column: 1, description, inputs);
    }

    private ActivityNode Report(PlanTask task, int row, UnitSelection lead, ReportSchedule schedule)
    {
        var endDate = PlanPeriod.EndOf(context.Plan, task);
        var description = $"Báo cáo {schedule.Text}" + (endDate is { } end ? $" đến hết ngày {end:dd/MM/yyyy}." : ".");
        var inputs = Common(activities.AwaitReport, task)
            .Units(nameof(AwaitReport.ReportingUnits), lead.Ids)
            .Choice(nameof(AwaitReport.Cadence), schedule.Cadence)
            .Number(nameof(AwaitReport.DueDay), schedule.DueDay)
            .Number(nameof(AwaitReport.DueMonth), schedule.DueMonth)
            .Date(nameof(AwaitReport.EndDate), endDate);
        return Step(activities.AwaitReport, task, row, column: 2, description, inputs);
    }

    private ActivityNode Step(ActivityDescriptor descriptor, PlanTask task, int row, int column, string description, StepInputs inputs)
    {
        var name = $"{descriptor.Name}_{PlanKey.Slug(task.Id).Replace('-', '_')}";
        var displayText = StepText.Label(descriptor.DisplayName, task.Id, task.Text);
        var metadata = StepNodes.Metadata(DesignerLayout.Step(row, column), displayText, description, task.Source);
        return StepNodes.Create(context, descriptor, name, metadata, inputs.Build());
    }

    private StepInputs Common(ActivityDescriptor descriptor, PlanTask task) =>
        new StepInputs(descriptor)
            .Text(nameof(HumanStep.PlanId), context.PlanId)
            .Text(nameof(HumanStep.TaskId), task.Id)
            .Text(nameof(HumanStep.Title), StepText.Title(task.Id, task.Text))
            .Text(nameof(HumanStep.Instructions), task.Text)
            .Text(nameof(HumanStep.SourceLines), StepText.Lines(task.Source))
            .Date(nameof(HumanStep.DueDate), task.Deadline?.Date)
            .Number(nameof(HumanStep.ReminderAfterWorkingDays), EscalationLadder.ReminderAfterWorkingDays)
            .Number(nameof(HumanStep.MonitoringUnitAfterWorkingDays), EscalationLadder.MonitoringUnitAfterWorkingDays)
            .Number(nameof(HumanStep.LeadershipAfterWorkingDays), EscalationLadder.LeadershipAfterWorkingDays)
            .Text(nameof(HumanStep.MonitoringUnit), context.Ladder.MonitoringUnit)
            .Text(nameof(HumanStep.IssuingUnit), context.Ladder.IssuingUnit);

    private static Connection Connect(Endpoint source, string targetId) => new(source, new Endpoint(targetId, Connection.InboundPort));
}
