using PlanWorkflows.Activities.Escalations;
using PlanWorkflows.Activities.WorkItems;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Workflows.Lifecycle;
using PlanWorkflows.Workflows.Tests.Lifecycle;

namespace PlanWorkflows.Workflows.Tests.EndToEnd;

/// <summary>
/// The sample plan from import to a finished section, on a real SQLite file and a fake clock. Dates are Vietnamese
/// (UTC+7). The yearly report of 2024 is due on Tuesday 10/12/2024 (the legal default); 12/12/2024 is configured as
/// an extra day off (no public holiday falls within seven working days of 10/12), so the escalation to Phòng LĐTBXH
/// after 3 working days lands on Monday 16/12 (over the holiday and a weekend) and to UBND huyện after 7 on Friday 20/12.
/// </summary>
public sealed class SamplePlanEndToEndTests : IAsyncLifetime
{
    private const string PlanId = "2024-bfdda2a4";
    private const string Monitoring = "phong-ldtbxh";
    private const string Leadership = "ubnd-huyen-kon-ray";
    private const string SilentUnit = "phong-vhtt";
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private PlanLifecycleHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PlanLifecycleHost.StartAsync(At(2024, 6, 3, 9), ("Calendar:ExtraDaysOff:0", "2024-12-12"));
        (await _host.ImportSampleAsync()).Status.Should().Be(PlanImportStatus.Imported);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void Import_Sample_OpensAssignmentsForEveryTaskInItsLeadUnitsInboxes()
    {
        var assignments = _host.Query(context => context.Set<WorkItem>().Where(item => item.Kind == WorkItemKind.Assignment).ToList());

        assignments.Should().OnlyContain(item => item.PlanId == PlanId && item.IsOpen);
        assignments.Select(item => item.TaskId).Distinct().Should().HaveCount(23);
        var communeTask = assignments.Where(item => item.TaskId == "III.3-a").Select(item => item.UnitId).ToList();
        communeTask.Should().HaveCount(7).And.OnlyHaveUniqueItems().And.Contain("tt-dak-rve");
        assignments.Where(item => item.TaskId == "II.3-a").Select(item => item.UnitId).Should().Equal(Monitoring);
    }

    [Fact]
    public async Task SectionII3_WorkedToTheEnd_SignsOffAfterARevisionEscalatesTheSilentUnitAndFinishes()
    {
        var section = new SectionScenario(_host, PlanId, "II.3");

        await MarkAllAssignmentsDoneAsync(section);
        await SignOffAfterOneRevisionAsync(section);
        await ReportExceptTheSilentUnitAsync(section);
        await EscalateTheSilentUnitAsync(section);
        await ReportLateAndFinishAsync(section);
    }

    private static async Task MarkAllAssignmentsDoneAsync(SectionScenario section)
    {
        var assignments = section.Open(WorkItemKind.Assignment);
        assignments.Select(item => item.UnitId).Should().BeEquivalentTo([Monitoring, Monitoring, Monitoring, Monitoring, SilentUnit, "phong-tckh"]);

        foreach (var item in assignments)
        {
            await section.MarkDoneAsync(item);
        }

        section.WorkItems.Where(item => item.Kind == WorkItemKind.Assignment).Should().OnlyContain(item => item.Status == WorkItemStatus.Done);
        (await section.JournalCountAsync("PlanWorkflows.AssignTask", "Completed")).Should().Be(6);
        section.Open(WorkItemKind.Report).Should().HaveCount(5).And.OnlyContain(item => item.DueDate == new DateOnly(2024, 12, 10));
        section.Open(WorkItemKind.SignOff).Select(item => item.UnitId).Should().HaveCount(8).And.Contain([Monitoring, "tt-dak-rve"]);
    }

    private static async Task SignOffAfterOneRevisionAsync(SectionScenario section)
    {
        var firstRound = section.Open(WorkItemKind.SignOff);
        await section.SignOffAsync(firstRound[0]);
        await section.RequestChangesAsync(firstRound[1], "Bổ sung số liệu kinh phí năm 2024");

        section.Open(WorkItemKind.SignOff).Should().BeEmpty();
        var revision = section.Open(WorkItemKind.Assignment).Should().ContainSingle().Which;
        revision.UnitId.Should().Be("phong-tckh");
        await section.MarkDoneAsync(revision);

        var secondRound = section.Open(WorkItemKind.SignOff);
        secondRound.Should().HaveCount(8);
        foreach (var item in secondRound)
        {
            await section.SignOffAsync(item);
        }

        section.Actions.Count(action => action.Action == WorkItemActionKind.ChangesRequested).Should().Be(1);
        section.Actions.Count(action => action.Action == WorkItemActionKind.SignedOff).Should().Be(9);
        (await section.JournalCountAsync("PlanWorkflows.CollectSignOffs", "Completed")).Should().Be(2);
        section.Open(WorkItemKind.Report).Should().HaveCount(6);
    }

    private async Task ReportExceptTheSilentUnitAsync(SectionScenario section)
    {
        await _host.AdvanceToAsync(At(2024, 12, 9, 9));
        foreach (var item in section.Open(WorkItemKind.Report).Where(item => item.UnitId != SilentUnit))
        {
            await section.SubmitReportAsync(item);
        }

        section.Open(WorkItemKind.Report).Should().ContainSingle().Which.UnitId.Should().Be(SilentUnit);
        section.Escalations.Should().BeEmpty();
    }

    private async Task EscalateTheSilentUnitAsync(SectionScenario section)
    {
        await _host.AdvanceToAsync(At(2024, 12, 10, 8));
        section.Escalations.Should().ContainSingle().Which.Should().Match<Escalation>(escalation =>
            escalation.Level == EscalationLevel.Reminder && escalation.FromUnitId == SilentUnit && RaisedOn(escalation) == new DateOnly(2024, 12, 10));

        await _host.AdvanceToAsync(At(2024, 12, 13, 17));
        section.Escalations.Should().HaveCount(1, "11, 13 are the only working days after 10/12 by Friday 13/12");
        await _host.AdvanceToAsync(At(2024, 12, 16, 8));
        section.Escalations.Should().HaveCount(2).And.Contain(escalation =>
            escalation.Level == EscalationLevel.MonitoringUnit && escalation.ToUnitId == Monitoring && RaisedOn(escalation) == new DateOnly(2024, 12, 16));

        await _host.AdvanceToAsync(At(2024, 12, 19, 17));
        section.Escalations.Should().HaveCount(2);
        await _host.AdvanceToAsync(At(2024, 12, 20, 8));
        section.Escalations.Should().HaveCount(3).And.Contain(escalation =>
            escalation.Level == EscalationLevel.Leadership && escalation.ToUnitId == Leadership && RaisedOn(escalation) == new DateOnly(2024, 12, 20));
        section.Escalations.Should().OnlyContain(escalation => escalation.ResolvedAt == null);
        section.Instance.Status.Should().Be(WorkflowStatus.Running);
    }

    private async Task ReportLateAndFinishAsync(SectionScenario section)
    {
        await _host.AdvanceToAsync(At(2024, 12, 23, 9));
        await section.SubmitReportAsync(section.Open(WorkItemKind.Report).Single());

        section.Escalations.Should().HaveCount(3).And.OnlyContain(escalation => escalation.ResolvedAt == At(2024, 12, 23, 9));
        section.WorkItems.Should().OnlyContain(item => !item.IsOpen);
        section.Instance.Status.Should().Be(WorkflowStatus.Finished);
        section.Instance.SubStatus.Should().Be(WorkflowSubStatus.Finished);
        section.Actions.Count(action => action.Action == WorkItemActionKind.MarkedDone).Should().Be(7);
        section.Actions.Where(action => action.Action == WorkItemActionKind.ReportSubmitted)
            .Should().HaveCount(6).And.OnlyContain(action => action.UserName == SectionScenario.OfficerOf(section.WorkItems.Single(item => item.Id == action.WorkItemId).UnitId));
        (await section.JournalCountAsync("PlanWorkflows.AssignTask", "Completed")).Should().Be(7);
        (await section.JournalCountAsync("PlanWorkflows.AwaitReport", "Completed")).Should().Be(6);
        (await section.JournalCountAsync("Elsa.FlowJoin", "Completed")).Should().Be(1);
        (await section.JournalCountAsync("Elsa.End", "Completed")).Should().Be(1);
    }

    private static DateTimeOffset At(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, Vietnam);

    private static DateOnly RaisedOn(Escalation escalation) => DateOnly.FromDateTime(escalation.RaisedAt.ToOffset(Vietnam).DateTime);
}
