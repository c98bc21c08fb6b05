using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Tests.Runtime.Execution.Support;
using static PlanWorkflows.Engine.Tests.Runtime.Execution.Support.FlowchartBuilder;

namespace PlanWorkflows.Engine.Tests.Runtime.Execution;

public sealed class WorkflowExecutorTests
{
    [Fact]
    public async Task RunAsync_Chain_JournalsEveryActivityInOrder()
    {
        var driver = new WorkflowDriver();

        await driver.StartAsync(new FlowchartBuilder().WriteLine("A", "a").WriteLine("B", "b").Chain("A", "B").Build());

        driver.Journal.Select(entry => $"{entry.ActivityId}:{entry.EventName}").Should().Equal(
            "Flowchart1:Started", "A:Started", "A:WriteLine", "A:Completed", "B:Started", "B:WriteLine", "B:Completed", "Flowchart1:Completed");
        driver.Journal.Select(entry => entry.Sequence).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        driver.Journal.First().NodeId.Should().Be("Workflow1:Flowchart1");
    }

    [Fact]
    public async Task RunAsync_SecondBurst_ContinuesTheJournalSequence()
    {
        var driver = new WorkflowDriver();
        var first = await driver.StartAsync(new FlowchartBuilder().Event("Event1", "go").WriteLine("A", "a").Chain("Event1", "A").Build());

        var second = await driver.ResumeAsync("Event1");

        first.Journal.Select(entry => entry.EventName).Should().Contain("Suspended");
        second.Journal[0].EventName.Should().Be("Resumed");
        second.Journal[0].Sequence.Should().Be(first.Journal[^1].Sequence + 1);
        driver.State.JournalSequence.Should().Be(second.Journal[^1].Sequence);
    }

    [Fact]
    public async Task RunAsync_ActivityWithCallbackAndState_ContinuesAcrossBurstsFromJsonAlone()
    {
        var definition = new FlowchartBuilder(TestActivities.Registry)
            .Activity("SignOff1", "Test.AwaitSignOff").WriteLine("Approved", "approved")
            .Connect("SignOff1", "Approved", "Approved")
            .Build();
        var driver = new WorkflowDriver(TestActivities.Registry);
        await driver.StartAsync(definition);

        await driver.ResumeAsync("SignOff1", new JsonObject { ["signedOff"] = false });
        var last = await driver.ResumeAsync("SignOff1", new JsonObject { ["signedOff"] = true });

        driver.Output.Lines.Should().Equal("approved");
        driver.UnitOfWork.Query<WorkNote>().Should().ContainSingle();
        last.ActivityExecutions.Should().ContainSingle(execution => execution.ActivityId == "SignOff1")
            .Which.ActivityState!["reminders"]!.GetValue<int>().Should().Be(1);
        driver.State.SubStatus.Should().Be(WorkflowSubStatus.Finished);
    }

    [Fact]
    public async Task RunAsync_WorkflowInputAndOutput_FlowThroughExpressions()
    {
        var definition = new FlowchartBuilder(TestActivities.Registry)
            .Input("Unit")
            .Activity("Output1", "Test.SetOutput", new()
            {
                ["outputName"] = Literal("String", "AssignedTo"),
                ["value"] = Wrapped("Object", "Input", "Unit"),
            })
            .Build();
        var driver = new WorkflowDriver(TestActivities.Registry);

        await driver.StartAsync(definition, new JsonObject { ["Unit"] = "UBND xã Đắk Ruồng" });

        driver.State.Input["Unit"]!.GetValue<string>().Should().Be("UBND xã Đắk Ruồng");
        driver.State.Output["AssignedTo"]!.GetValue<string>().Should().Be("UBND xã Đắk Ruồng");
    }

    [Fact]
    public async Task RunAsync_NestedFlowchartVariable_ShadowsTheWorkflowVariableOnlyInside()
    {
        var inner = new JsonObject
        {
            ["variables"] = new JsonArray(new JsonObject { ["id"] = "inner-v", ["name"] = "Label", ["typeName"] = "String", ["value"] = "inner" }),
            ["activities"] = new JsonArray(new JsonObject
            {
                ["id"] = "InnerWrite", ["type"] = "Elsa.WriteLine", ["version"] = 1, ["text"] = JavaScript("String", "getLabel()"),
            }),
            ["connections"] = new JsonArray(),
        };
        var definition = new FlowchartBuilder()
            .Variable("outer-v", "Label", "String", "outer")
            .Activity("Inner", "Elsa.Flowchart", inner)
            .Activity("OuterWrite", "Elsa.WriteLine", new() { ["text"] = JavaScript("String", "getLabel()") })
            .Chain("Inner", "OuterWrite")
            .Build();
        var driver = new WorkflowDriver();

        await driver.StartAsync(definition);

        driver.Output.Lines.Should().Equal("inner", "outer");
        driver.State.Variables.Select(entry => entry.Key).Should().Equal("outer-v");
    }

    [Fact]
    public async Task RunAsync_Cancel_DropsBookmarksAndEndsCancelled()
    {
        var driver = new WorkflowDriver();
        await driver.StartAsync(new FlowchartBuilder().Event("Event1", "go").Build());

        var result = await driver.CancelAsync();

        result.RemovedBookmarks.Should().ContainSingle();
        driver.State.Status.Should().Be(WorkflowStatus.Finished);
        driver.State.SubStatus.Should().Be(WorkflowSubStatus.Cancelled);
    }

    [Fact]
    public async Task RunAsync_UnknownBookmark_Throws()
    {
        var driver = new WorkflowDriver();
        await driver.StartAsync(new FlowchartBuilder().Event("Event1", "go").Build());
        var stale = driver.State.Bookmarks[0] with { Id = "gone", ActivityInstanceId = "gone" };

        var resume = () => driver.ResumeAsync(stale);

        await resume.Should().ThrowAsync<BookmarkNotFoundException>();
    }
}
