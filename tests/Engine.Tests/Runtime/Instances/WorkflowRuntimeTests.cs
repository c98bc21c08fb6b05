using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

namespace PlanWorkflows.Engine.Tests.Runtime.Instances;

public sealed class WorkflowRuntimeTests : IAsyncLifetime
{
    private RuntimeHarness harness = null!;

    public async Task InitializeAsync() => harness = await RuntimeHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task StartAsync_PublishedDefinition_SuspendsOnBookmarkAndMirrorsItInTheTable()
    {
        var definitionId = await harness.PublishAsync(TestWorkflows.EventCounter);

        var result = await harness.Runtime.StartAsync(definitionId, new StartOptions { CorrelationId = "case-1" });

        result.Outcome.Should().Be(RuntimeOutcome.Started);
        var instanceId = result.Instances.Single().WorkflowInstanceId;
        result.Instances.Single().Should().Be(new InstanceStatus(instanceId, WorkflowStatus.Running, WorkflowSubStatus.Suspended));
        var instance = await harness.InstanceAsync(instanceId);
        instance.Should().BeEquivalentTo(new { DefinitionId = definitionId, CorrelationId = "case-1", SubStatus = WorkflowSubStatus.Suspended, Revision = 1L });
        var state = await harness.StateAsync(instanceId);
        var bookmarks = await harness.BookmarksAsync(instanceId);
        bookmarks.Select(row => (row.Id, row.Hash, row.CorrelationId))
            .Should().Equal(state.Bookmarks.Select(bookmark => (bookmark.Id, bookmark.Hash, bookmark.CorrelationId)));
        (await harness.JournalAsync(instanceId)).Select(row => row.EventName).Should().Equal("Started");
    }

    [Fact]
    public async Task StartAsync_UnknownDefinitionOrVersion_ReturnsNotFound()
    {
        var definitionId = await harness.PublishAsync(TestWorkflows.EventCounter);

        var unknown = await harness.Runtime.StartAsync("missing", new StartOptions());
        var unknownVersion = await harness.Runtime.StartAsync(definitionId, new StartOptions { VersionOptions = VersionOptions.SpecificVersion(7) });

        unknown.Should().BeEquivalentTo(WorkflowRuntimeResult.Nothing(RuntimeOutcome.NotFound));
        unknownVersion.Outcome.Should().Be(RuntimeOutcome.NotFound);
    }

    [Fact]
    public async Task StartAsync_SameInstanceIdTwice_StartsOnce()
    {
        var definitionId = await harness.PublishAsync(TestWorkflows.EventCounter);
        var options = new StartOptions { InstanceId = "fixed-instance" };

        await harness.Runtime.StartAsync(definitionId, options);
        var second = await harness.Runtime.StartAsync(definitionId, options);

        second.Outcome.Should().Be(RuntimeOutcome.Duplicate);
        harness.Executor.Bursts.Should().Be(1);
    }

    [Fact]
    public async Task ResumeAsync_ByBookmarkId_RunsBurstAndReplacesBookmarkRows()
    {
        var instanceId = await harness.StartAsync(TestWorkflows.EventCounter, new() { ["target"] = 2 });
        var first = (await harness.BookmarksAsync(instanceId)).Single();

        var resumed = await harness.Runtime.ResumeAsync(first.Id, StoredInstances.Number(1));
        var second = (await harness.BookmarksAsync(instanceId)).Single();
        var finished = await harness.Runtime.ResumeAsync(second.Id, StoredInstances.Number(2));

        resumed.Outcome.Should().Be(RuntimeOutcome.Resumed);
        second.Id.Should().NotBe(first.Id);
        finished.Instances.Single().SubStatus.Should().Be(WorkflowSubStatus.Finished);
        (await harness.BookmarksAsync(instanceId)).Should().BeEmpty();
        (await harness.ReceivedAsync(instanceId)).Should().Equal(1, 2);
        (await harness.JournalAsync(instanceId)).Select(row => row.Sequence).Should().Equal(1, 2, 3);
        (await harness.InstanceAsync(instanceId)).FinishedAt.Should().Be(harness.Clock.GetUtcNow());
    }

    [Fact]
    public async Task ResumeAsync_UnknownBookmark_ReturnsNotFound()
    {
        var result = await harness.Runtime.ResumeAsync("no-such-bookmark");

        result.Outcome.Should().Be(RuntimeOutcome.NotFound);
    }

    [Fact]
    public async Task CancelAsync_SuspendedInstance_DropsBookmarksAndFinishesCancelled()
    {
        var instanceId = await harness.StartAsync(TestWorkflows.FanOut);

        var result = await harness.Runtime.CancelAsync(instanceId);
        var again = await harness.Runtime.CancelAsync(instanceId);

        result.Instances.Single().Should().Be(new InstanceStatus(instanceId, WorkflowStatus.Finished, WorkflowSubStatus.Cancelled));
        again.Outcome.Should().Be(RuntimeOutcome.NotFound);
        (await harness.BookmarksAsync(instanceId)).Should().BeEmpty();
    }
}
