using PlanWorkflows.Engine.Activities.Core;
using PlanWorkflows.Engine.Runtime.Bookmarks;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Tests.Runtime.Execution.Support;
using static PlanWorkflows.Engine.Tests.Runtime.Execution.Support.FlowchartBuilder;

namespace PlanWorkflows.Engine.Tests.Activities;

public sealed class SchedulingActivityTests
{
    [Fact]
    public async Task Delay_Duration_CreatesATimerBookmarkDueAfterIt()
    {
        var definition = new FlowchartBuilder()
            .Activity("Delay1", "Elsa.Delay", new() { ["timeSpan"] = Literal("TimeSpan", "00:00:05") }).WriteLine("After", "after")
            .Chain("Delay1", "After")
            .Build();
        var driver = new WorkflowDriver();
        var dueAt = driver.Time.GetUtcNow().AddSeconds(5);

        var result = await driver.StartAsync(definition);

        var bookmark = result.CreatedBookmarks.Should().ContainSingle().Subject;
        bookmark.DueAt.Should().Be(dueAt);
        bookmark.Hash.Should().Be(StimulusHasher.Hash("Elsa.Delay", new DelayPayload(dueAt)));
        driver.State.SubStatus.Should().Be(WorkflowSubStatus.Suspended);
        driver.Time.Advance(TimeSpan.FromSeconds(5));
        await driver.ResumeAsync(bookmark);
        driver.Output.Lines.Should().Equal("after");
        driver.State.SubStatus.Should().Be(WorkflowSubStatus.Finished);
    }

    [Fact]
    public async Task StartAt_FutureInstant_CreatesATimerBookmarkAtIt()
    {
        var driver = new WorkflowDriver();
        var instant = driver.Time.GetUtcNow().AddDays(1);

        var result = await driver.StartAsync(StartAt(instant));

        result.CreatedBookmarks.Should().ContainSingle().Which.DueAt.Should().Be(instant);
        driver.Output.Lines.Should().BeEmpty();
    }

    [Fact]
    public async Task StartAt_PastInstant_ContinuesAtOnce()
    {
        var driver = new WorkflowDriver();

        var result = await driver.StartAsync(StartAt(driver.Time.GetUtcNow().AddMinutes(-1)));

        result.CreatedBookmarks.Should().BeEmpty();
        driver.Output.Lines.Should().Equal("after");
    }

    private static WorkflowDefinition StartAt(DateTimeOffset instant) => new FlowchartBuilder()
        .Activity("StartAt1", "Elsa.StartAt", new() { ["dateTime"] = Literal("DateTimeOffset", instant.ToString("O")) }).WriteLine("After", "after")
        .Chain("StartAt1", "After")
        .Build();
}
