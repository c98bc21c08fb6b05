using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Tests.Runtime.Execution.Support;
using static PlanWorkflows.Engine.Tests.Runtime.Execution.Support.FlowchartBuilder;

namespace PlanWorkflows.Engine.Tests.Activities;

public sealed class FlowActivityTests
{
    [Theory]
    [InlineData("True", "yes")]
    [InlineData("False", "no")]
    public async Task FlowDecision_Condition_FollowsTheMatchingPort(string condition, string expectedLine)
    {
        var definition = new FlowchartBuilder()
            .Activity("Start1", "Elsa.Start")
            .Activity("Decision1", "Elsa.FlowDecision", new() { ["condition"] = Literal("Boolean", condition) })
            .WriteLine("Yes", "yes").WriteLine("No", "no")
            .Connect("Start1", "Decision1").Connect("Decision1", "Yes", "True").Connect("Decision1", "No", "False")
            .Build();
        var driver = new WorkflowDriver();

        await driver.StartAsync(definition);

        driver.Output.Lines.Should().Equal(expectedLine);
        driver.State.SubStatus.Should().Be(WorkflowSubStatus.Finished);
    }

    [Fact]
    public async Task FlowFork_Branches_RunsEveryBranchInOrder()
    {
        var definition = new FlowchartBuilder()
            .Fork("Fork1", "B", "A").WriteLine("A", "a").WriteLine("B", "b")
            .Connect("Fork1", "A", "A").Connect("Fork1", "B", "B")
            .Build();
        var driver = new WorkflowDriver();

        await driver.StartAsync(definition);

        driver.Output.Lines.Should().Equal("a", "b");
    }

    [Fact]
    public async Task FlowJoinWaitAll_OneBranchResumed_WaitsForTheOther()
    {
        var driver = new WorkflowDriver();
        await driver.StartAsync(ForkJoin("WaitAll"));

        await driver.ResumeAsync("EventA");

        driver.Output.Lines.Should().BeEmpty();
        driver.State.Bookmarks.Should().ContainSingle(bookmark => bookmark.ActivityId == "EventB");
        await driver.ResumeAsync("EventB");
        driver.Output.Lines.Should().Equal("joined");
        driver.State.SubStatus.Should().Be(WorkflowSubStatus.Finished);
    }

    [Fact]
    public async Task FlowJoinWaitAny_OneBranchResumed_CancelsTheOtherBranchBookmark()
    {
        var driver = new WorkflowDriver();
        await driver.StartAsync(ForkJoin("WaitAny"));

        var result = await driver.ResumeAsync("EventA");

        driver.Output.Lines.Should().Equal("joined");
        result.RemovedBookmarks.Select(bookmark => bookmark.ActivityId).Should().BeEquivalentTo("EventA", "EventB");
        driver.State.Bookmarks.Should().BeEmpty();
        driver.State.SubStatus.Should().Be(WorkflowSubStatus.Finished);
    }

    [Fact]
    public async Task ImplicitJoin_UntakenBranch_IsSkippedAndTheJoinRunsOnce()
    {
        var definition = new FlowchartBuilder()
            .Activity("Decision1", "Elsa.FlowDecision", new() { ["condition"] = Literal("Boolean", false) })
            .WriteLine("Yes", "yes").WriteLine("No", "no").WriteLine("After", "after")
            .Connect("Decision1", "Yes", "True").Connect("Decision1", "No", "False").Chain("Yes", "After").Chain("No", "After")
            .Build();
        var driver = new WorkflowDriver();

        await driver.StartAsync(definition);

        driver.Output.Lines.Should().Equal("no", "after");
    }

    [Fact]
    public async Task End_OtherBranchWaiting_CompletesTheFlowchartAndDropsTheBookmark()
    {
        var definition = new FlowchartBuilder()
            .Fork("Fork1", "Wait", "Stop").Event("Event1", "never").Activity("End1", "Elsa.End").WriteLine("After", "after")
            .Connect("Fork1", "Event1", "Wait").Connect("Fork1", "End1", "Stop").Chain("Event1", "After")
            .Build();
        var driver = new WorkflowDriver();

        var result = await driver.StartAsync(definition);

        result.CreatedBookmarks.Should().BeEmpty();
        driver.State.SubStatus.Should().Be(WorkflowSubStatus.Finished);
        driver.Output.Lines.Should().BeEmpty();
    }

    [Fact]
    public async Task Finish_OtherBookmarksPending_EndsTheWorkflowAndRemovesThem()
    {
        var definition = new FlowchartBuilder()
            .Fork("Fork1", "Wait", "Finish").Event("Event1", "approve").Event("Event2", "done").Activity("Finish1", "Elsa.Finish")
            .Connect("Fork1", "Event1", "Wait").Connect("Fork1", "Event2", "Finish").Chain("Event2", "Finish1")
            .Build();
        var driver = new WorkflowDriver();
        await driver.StartAsync(definition);

        var result = await driver.ResumeAsync("Event2");

        result.RemovedBookmarks.Select(bookmark => bookmark.ActivityId).Should().BeEquivalentTo("Event1", "Event2");
        driver.State.Status.Should().Be(WorkflowStatus.Finished);
        driver.State.SubStatus.Should().Be(WorkflowSubStatus.Finished);
        driver.State.Bookmarks.Should().BeEmpty();
    }

    private static WorkflowDefinition ForkJoin(string mode) => new FlowchartBuilder()
        .Fork("Fork1", "A", "B").Event("EventA", "a").Event("EventB", "b").Join("Join1", mode).WriteLine("After", "joined")
        .Connect("Fork1", "EventA", "A").Connect("Fork1", "EventB", "B").Chain("EventA", "Join1").Chain("EventB", "Join1").Chain("Join1", "After")
        .Build();
}
