using PlanWorkflows.Engine.Runtime.Expressions.JavaScript;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Tests.Runtime.Execution.Support;
using static PlanWorkflows.Engine.Tests.Runtime.Execution.Support.FlowchartBuilder;

namespace PlanWorkflows.Engine.Tests.Runtime.Execution;

public sealed class IncidentTests
{
    [Fact]
    public async Task RunAsync_ActivityThrows_RecordsAnIncidentAndFaults()
    {
        var definition = new FlowchartBuilder(TestActivities.Registry)
            .Fork("Fork1", "Wait", "Fail").Event("Event1", "go").Activity("Fail1", "Test.Fail")
            .Connect("Fork1", "Event1", "Wait").Connect("Fork1", "Fail1", "Fail")
            .Build();
        var driver = new WorkflowDriver(TestActivities.Registry);

        var result = await driver.StartAsync(definition);

        var incident = driver.State.Incidents.Should().ContainSingle().Subject;
        incident.ActivityId.Should().Be("Fail1");
        incident.ExceptionType.Should().Be(typeof(InvalidOperationException).FullName);
        incident.Message.Should().Be("The unit directory is unavailable.");
        incident.StackTrace.Should().NotBeNullOrEmpty();
        driver.State.Status.Should().Be(WorkflowStatus.Finished);
        driver.State.SubStatus.Should().Be(WorkflowSubStatus.Faulted);
        driver.State.Bookmarks.Should().BeEmpty();
        result.CreatedBookmarks.Should().BeEmpty();
        result.Journal.Should().Contain(entry => entry.ActivityId == "Fail1" && entry.EventName == "Faulted");
    }

    [Fact]
    public async Task RunAsync_ContinueStrategy_OtherBranchesRunOn()
    {
        var definition = new FlowchartBuilder(TestActivities.Registry)
            .IncidentStrategy("Elsa.Workflows.IncidentStrategies.ContinueWithIncidentsStrategy, Elsa.Workflows.Core")
            .Fork("Fork1", "Fail", "Go").Activity("Fail1", "Test.Fail").WriteLine("Write1", "still running").Event("Event1", "go")
            .Connect("Fork1", "Fail1", "Fail").Connect("Fork1", "Write1", "Go").Chain("Write1", "Event1")
            .Build();
        var driver = new WorkflowDriver(TestActivities.Registry);

        await driver.StartAsync(definition);

        driver.State.Incidents.Should().ContainSingle();
        driver.Output.Lines.Should().Equal("still running");
        driver.State.SubStatus.Should().Be(WorkflowSubStatus.Suspended);
        driver.State.Bookmarks.Should().ContainSingle(bookmark => bookmark.ActivityId == "Event1");
    }

    [Fact]
    public async Task RunAsync_JavaScriptInfiniteLoop_FaultsWithATimeoutIncident()
    {
        var definition = new FlowchartBuilder()
            .Activity("Loop", "Elsa.WriteLine", new() { ["text"] = JavaScript("String", "while (true) {}") })
            .Build();
        var driver = new WorkflowDriver(javaScript: new JavaScriptOptions { Timeout = TimeSpan.FromMilliseconds(100), StatementLimit = int.MaxValue });

        await driver.StartAsync(definition);

        driver.State.SubStatus.Should().Be(WorkflowSubStatus.Faulted);
        driver.State.Incidents.Should().ContainSingle().Which.Message.Should().Contain("time limit").And.Contain("'Loop'").And.Contain("Text");
    }
}
