using PlanWorkflows.Activities.Tests.Support;
using PlanWorkflows.Activities.WorkItems;

namespace PlanWorkflows.Activities.Tests.SignOffs;

public sealed class CollectSignOffsTests : IDisposable
{
    private const string CollectSignOffs = "PlanWorkflows.CollectSignOffs";
    private static readonly string[] Coordinators = ["phong-gddt", "phong-y-te", "huyen-doan"];

    private readonly StepHarness _harness = new(StepInputs.Monday);

    [Fact]
    public async Task Decide_AllPolicy_ApprovesOnlyWhenEveryUnitSignedOff()
    {
        await StartAsync("All");

        await SignOffAsync(0);
        await SignOffAsync(1);
        _harness.Outcomes.Outcomes.Should().BeEmpty();
        await SignOffAsync(2);

        _harness.Outcomes.Outcomes.Should().Equal("Approved");
        _harness.WorkItems.Should().OnlyContain(item => item.Kind == WorkItemKind.SignOff && item.Status == WorkItemStatus.Done);
    }

    [Fact]
    public async Task Decide_AnyPolicy_ApprovesOnTheFirstSignOffAndCancelsTheRest()
    {
        await StartAsync("Any");

        await SignOffAsync(1);

        _harness.Outcomes.Outcomes.Should().Equal("Approved");
        _harness.WorkItems.Select(item => item.Status).Should().BeEquivalentTo([WorkItemStatus.Done, WorkItemStatus.Cancelled, WorkItemStatus.Cancelled]);
        _harness.State.Bookmarks.Should().BeEmpty();
    }

    [Fact]
    public async Task Decide_QuorumOfTwo_ApprovesOnTheSecondSignOff()
    {
        await StartAsync("Quorum", quorum: 2);

        await SignOffAsync(0);
        _harness.Outcomes.Outcomes.Should().BeEmpty();
        await SignOffAsync(2);

        _harness.Outcomes.Outcomes.Should().Equal("Approved");
    }

    [Fact]
    public async Task Decide_OneUnitAsksForChanges_CompletesChangesRequestedAndCancelsOpenItems()
    {
        await StartAsync("All");
        await SignOffAsync(0);

        await _harness.DecideAsync(_harness.OpenWorkItems[0], WorkItemActionKind.ChangesRequested, "Bổ sung số liệu");

        _harness.Outcomes.Outcomes.Should().Equal("ChangesRequested");
        _harness.WorkItems.Select(item => item.Status).Should().BeEquivalentTo([WorkItemStatus.Done, WorkItemStatus.ChangesRequested, WorkItemStatus.Cancelled]);
        _harness.Actions.Should().Contain(action => action.Action == WorkItemActionKind.ChangesRequested && action.Comment == "Bổ sung số liệu");
    }

    [Fact]
    public async Task Timer_DueDatePassedAndStopWaiting_CompletesOverdueWithoutEscalating()
    {
        await _harness.StartAsync(CollectSignOffs, StepInputs.Task("coordinatingUnits", Coordinators).With("stopWaitingWhenOverdue", "Boolean", true));

        await _harness.AdvanceToAsync(new DateTimeOffset(2025, 4, 29, 16, 59, 0, TimeSpan.Zero));
        _harness.Outcomes.Outcomes.Should().BeEmpty();
        await _harness.AdvanceToAsync(new DateTimeOffset(2025, 4, 29, 17, 0, 0, TimeSpan.Zero));

        _harness.Outcomes.Outcomes.Should().Equal("Overdue");
        _harness.WorkItems.Should().OnlyContain(item => item.Status == WorkItemStatus.Cancelled);
        _harness.Escalations.Should().BeEmpty();
    }

    public void Dispose() => _harness.Dispose();

    private Task StartAsync(string policy, int quorum = 1) =>
        _harness.StartAsync(CollectSignOffs, StepInputs.Task("coordinatingUnits", Coordinators)
            .With("policy", "SignOffPolicy", policy)
            .With("quorum", "Int32", quorum));

    private Task SignOffAsync(int index) =>
        _harness.DecideAsync(_harness.WorkItems.Single(item => item.UnitId == Coordinators.Order().ElementAt(index)), WorkItemActionKind.SignedOff);
}
