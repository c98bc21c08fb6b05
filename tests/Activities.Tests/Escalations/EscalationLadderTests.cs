using PlanWorkflows.Activities.Escalations;
using PlanWorkflows.Activities.Tests.Support;
using PlanWorkflows.Activities.WorkItems;

namespace PlanWorkflows.Activities.Tests.Escalations;

/// <summary>
/// Due Tuesday 29/4/2025; 30/4, 1/5 and the swapped 2/5 are holidays, 3–4/5 a weekend: the third working day after
/// is Wednesday 7/5, the seventh Tuesday 13/5. Escalations go out at 07:30 in Vietnam (00:30 UTC).
/// </summary>
public sealed class EscalationLadderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset ReminderAt = new(2025, 4, 29, 0, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MonitoringUnitAt = new(2025, 5, 7, 0, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LeadershipAt = new(2025, 5, 13, 0, 30, 0, TimeSpan.Zero);
    private static readonly TimeSpan Moment = TimeSpan.FromMinutes(1);

    private PlanRuntime _runtime = null!;

    public async Task InitializeAsync() => _runtime = await PlanRuntime.StartAsync();

    public async Task DisposeAsync() => await _runtime.DisposeAsync();

    [Fact]
    public async Task Timers_OverHolidaysAndAWeekend_RemindOnTheDueDateThenMonitoringUnitAfter3AndUbndAfter7WorkingDays()
    {
        await StartAsync();

        await _runtime.AdvanceToAsync(ReminderAt - Moment);
        _runtime.Escalations.Should().BeEmpty();
        await _runtime.AdvanceToAsync(ReminderAt);
        _runtime.Escalations.Should().ContainSingle().Which.Should().Match<Escalation>(escalation =>
            escalation.Level == EscalationLevel.Reminder && escalation.ToUnitId == "phong-gddt" && escalation.FromUnitId == "phong-gddt");

        await _runtime.AdvanceToAsync(MonitoringUnitAt - Moment);
        _runtime.Escalations.Should().HaveCount(1);
        await _runtime.AdvanceToAsync(MonitoringUnitAt);
        _runtime.Escalations[^1].Should().Match<Escalation>(escalation => escalation.Level == EscalationLevel.MonitoringUnit && escalation.ToUnitId == "phong-ldtbxh");

        await _runtime.AdvanceToAsync(LeadershipAt - Moment);
        _runtime.Escalations.Should().HaveCount(2);
        await _runtime.AdvanceToAsync(LeadershipAt);
        _runtime.Escalations[^1].Should().Match<Escalation>(escalation => escalation.Level == EscalationLevel.Leadership && escalation.ToUnitId == "ubnd-huyen-kon-ray");
        _runtime.Notifier.Notified.Should().HaveCount(3);
    }

    [Fact]
    public async Task Timers_FiredAgainAfterTheLadder_NeverRaiseTwice()
    {
        await StartAsync();
        await _runtime.AdvanceToAsync(LeadershipAt);

        await _runtime.StartStepAsync("PlanWorkflows.Escalate", EscalateInputs(EscalationLevel.MonitoringUnit));

        _runtime.Escalations.Select(escalation => escalation.Level).Should().BeEquivalentTo([EscalationLevel.Reminder, EscalationLevel.MonitoringUnit, EscalationLevel.Leadership]);
        _runtime.Bookmarks.Where(bookmark => bookmark.DueAt is not null).Should().BeEmpty();
    }

    [Fact]
    public async Task Decide_ItemDoneAfterTheMonitoringUnitWasTold_ResolvesItsEscalationsAndStopsTheLadder()
    {
        await StartAsync();
        await _runtime.AdvanceToAsync(MonitoringUnitAt);

        await _runtime.DecideAsync(_runtime.WorkItems.Single(), WorkItemActionKind.MarkedDone);
        await _runtime.AdvanceToAsync(LeadershipAt);

        _runtime.Escalations.Should().HaveCount(2).And.OnlyContain(escalation => escalation.ResolvedAt == MonitoringUnitAt);
    }

    [Fact]
    public async Task Timers_PlanWithoutMonitoringUnit_SkipThatRung()
    {
        await _runtime.StartStepAsync("PlanWorkflows.AssignTask", StepInputs.Task("leadUnits", "phong-gddt").Without("monitoringUnit"));

        await _runtime.AdvanceToAsync(LeadershipAt);

        _runtime.Escalations.Select(escalation => escalation.Level).Should().BeEquivalentTo([EscalationLevel.Reminder, EscalationLevel.Leadership]);
    }

    [Fact]
    public async Task Timers_DueOnASunday_RemindOnTheNextWorkingDay()
    {
        await _runtime.StartStepAsync("PlanWorkflows.AssignTask", StepInputs.Task("leadUnits", "phong-gddt").With("dueDate", "DateTime", "2025-05-11"));

        await _runtime.AdvanceToAsync(new DateTimeOffset(2025, 5, 12, 0, 29, 0, TimeSpan.Zero));
        _runtime.Escalations.Should().BeEmpty();
        await _runtime.AdvanceToAsync(new DateTimeOffset(2025, 5, 12, 0, 30, 0, TimeSpan.Zero));

        _runtime.Escalations.Should().ContainSingle().Which.Level.Should().Be(EscalationLevel.Reminder);
    }

    [Fact]
    public async Task Escalate_OpenItemsOfTheTask_RaisesTheLevelForEachAndNotifies()
    {
        await _runtime.StartStepAsync("PlanWorkflows.AssignTask", StepInputs.Task("leadUnits", "cac-to-chuc-chinh-tri-xa-hoi"));

        var escalate = await _runtime.StartStepAsync("PlanWorkflows.Escalate", EscalateInputs(EscalationLevel.Leadership));

        escalate.Instances.Should().ContainSingle().Which.Status.Should().Be(Engine.Runtime.State.WorkflowStatus.Finished);
        _runtime.Escalations.Should().HaveCount(5).And.OnlyContain(escalation =>
            escalation.Level == EscalationLevel.Leadership && escalation.ToUnitId == "ubnd-huyen-kon-ray" && escalation.Reason == "Chậm tiến độ");
        _runtime.Notifier.Notified.Should().HaveCount(5);
    }

    private static System.Text.Json.Nodes.JsonObject EscalateInputs(EscalationLevel level) => new()
    {
        ["planId"] = StepDefinition.Literal("String", "kh-kon-ray-2024"),
        ["taskId"] = StepDefinition.Literal("String", "II.2-a"),
        ["level"] = StepDefinition.Literal("EscalationLevel", level.ToString()),
        ["toUnit"] = StepDefinition.Literal("String", "ubnd-huyen-kon-ray"),
        ["reason"] = StepDefinition.Literal("String", "Chậm tiến độ"),
    };

    private Task StartAsync() => _runtime.StartStepAsync("PlanWorkflows.AssignTask", StepInputs.Task("leadUnits", "phong-gddt"));
}
