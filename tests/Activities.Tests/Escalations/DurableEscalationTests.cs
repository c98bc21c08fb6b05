using PlanWorkflows.Activities.Escalations;
using PlanWorkflows.Activities.Tests.Support;

namespace PlanWorkflows.Activities.Tests.Escalations;

public sealed class DurableEscalationTests : IAsyncLifetime
{
    private PlanRuntime _runtime = null!;

    public async Task InitializeAsync() => _runtime = await PlanRuntime.StartAsync();

    public async Task DisposeAsync() => await _runtime.DisposeAsync();

    [Fact]
    public async Task TimerScheduler_LadderFallsDue_RaisesEachRungOnceInTheEngineDatabase()
    {
        await _runtime.StartStepAsync("PlanWorkflows.AssignTask", StepInputs.Task("leadUnits", "phong-gddt", "phong-y-te"));

        await _runtime.AdvanceToAsync(new DateTimeOffset(2025, 5, 7, 0, 30, 0, TimeSpan.Zero));
        await _runtime.AdvanceToAsync(new DateTimeOffset(2025, 5, 20, 0, 0, 0, TimeSpan.Zero));

        var escalations = _runtime.Escalations;
        escalations.Should().HaveCount(6);
        escalations.GroupBy(escalation => escalation.Level).Should().OnlyContain(level => level.Count() == 2);
        escalations.Where(escalation => escalation.Level == EscalationLevel.Leadership).Should().OnlyContain(escalation => escalation.ToUnitId == "ubnd-huyen-kon-ray");
    }
}
