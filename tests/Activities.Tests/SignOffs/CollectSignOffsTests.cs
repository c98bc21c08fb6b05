using PlanWorkflows.Activities.Tests.Support;
using PlanWorkflows.Activities.WorkItems;

namespace PlanWorkflows.Activities.Tests.SignOffs;

public sealed class CollectSignOffsTests : IAsyncLifetime
{
    private const string CollectSignOffs = "PlanWorkflows.CollectSignOffs";
    private static readonly string[] Coordinators = ["phong-gddt", "phong-y-te", "huyen-doan"];

    private PlanRuntime _runtime = null!;

    public async Task InitializeAsync() => _runtime = await PlanRuntime.StartAsync();

    public async Task DisposeAsync() => await _runtime.DisposeAsync();

    [Fact]
    public async Task Decide_AllPolicy_ApprovesOnlyWhenEveryUnitSignedOff()
    {
        await StartAsync("All");

        await SignOffAsync(0);
        await SignOffAsync(1);
        _runtime.Outcomes.Outcomes.Should().BeEmpty();
        await SignOffAsync(2);

        _runtime.Outcomes.Outcomes.Should().Equal("Approved");
        _runtime.WorkItems.Should().OnlyContain(item => item.Kind == WorkItemKind.SignOff && item.Status == WorkItemStatus.Done);
    }

    [Fact]
    public async Task Decide_AnyPolicy_ApprovesOnTheFirstSignOffAndCancelsTheRest()
    {
        await StartAsync("Any");

        await SignOffAsync(1);

        _runtime.Outcomes.Outcomes.Should().Equal("Approved");
        _runtime.WorkItems.Select(item => item.Status).Should().BeEquivalentTo([WorkItemStatus.Done, WorkItemStatus.Cancelled, WorkItemStatus.Cancelled]);
        _runtime.Bookmarks.Should().BeEmpty();
    }

    [Fact]
    public async Task Decide_QuorumOfTwo_ApprovesOnTheSecondSignOff()
    {
        await StartAsync("Quorum", quorum: 2);

        await SignOffAsync(0);
        _runtime.Outcomes.Outcomes.Should().BeEmpty();
        await SignOffAsync(2);

        _runtime.Outcomes.Outcomes.Should().Equal("Approved");
    }

    [Fact]
    public async Task Decide_OneUnitAsksForChanges_CompletesChangesRequestedAndCancelsOpenItems()
    {
        await StartAsync("All");
        await SignOffAsync(0);

        await _runtime.DecideAsync(_runtime.OpenWorkItems[0], WorkItemActionKind.ChangesRequested, "Bổ sung số liệu");

        _runtime.Outcomes.Outcomes.Should().Equal("ChangesRequested");
        _runtime.WorkItems.Select(item => item.Status).Should().BeEquivalentTo([WorkItemStatus.Done, WorkItemStatus.ChangesRequested, WorkItemStatus.Cancelled]);
        _runtime.Actions.Should().Contain(action => action.Action == WorkItemActionKind.ChangesRequested && action.Comment == "Bổ sung số liệu");
    }

    [Fact]
    public async Task Timer_DueDatePassedAndStopWaiting_CompletesOverdueWithoutEscalating()
    {
        await _runtime.StartStepAsync(CollectSignOffs, StepInputs.Task("coordinatingUnits", Coordinators).With("stopWaitingWhenOverdue", "Boolean", true));

        await _runtime.AdvanceToAsync(new DateTimeOffset(2025, 4, 29, 16, 59, 0, TimeSpan.Zero));
        _runtime.Outcomes.Outcomes.Should().BeEmpty();
        await _runtime.AdvanceToAsync(new DateTimeOffset(2025, 4, 29, 17, 0, 0, TimeSpan.Zero));

        _runtime.Outcomes.Outcomes.Should().Equal("Overdue");
        _runtime.WorkItems.Should().OnlyContain(item => item.Status == WorkItemStatus.Cancelled);
        _runtime.Escalations.Should().BeEmpty();
    }

    private Task StartAsync(string policy, int quorum = 1) =>
        _runtime.StartStepAsync(CollectSignOffs, StepInputs.Task("coordinatingUnits", Coordinators)
            .With("policy", "SignOffPolicy", policy)
            .With("quorum", "Int32", quorum));

    private Task SignOffAsync(int index) =>
        _runtime.DecideAsync(_runtime.WorkItems.Single(item => item.UnitId == Coordinators.Order().ElementAt(index)), WorkItemActionKind.SignedOff);
}
