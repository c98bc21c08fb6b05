using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

namespace PlanWorkflows.Engine.Tests.Runtime.Durability;

public sealed class ConcurrencyTests : IAsyncLifetime
{
    private const int Resumes = 50;
    private RuntimeHarness harness = null!;

    public async Task InitializeAsync() => harness = await RuntimeHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task PublishEventAsync_FiftyConcurrentEventsToOneCounter_AppliesEachExactlyOnce()
    {
        var instanceId = await harness.StartAsync(TestWorkflows.EventCounter, new() { ["target"] = Resumes });

        var results = await Task.WhenAll(Enumerable.Range(1, Resumes).Select(n => Task.Run(() =>
            harness.Runtime.PublishEventAsync("tick", StoredInstances.Number(n), workflowInstanceId: instanceId, idempotencyKey: $"tick-{n}"))));

        results.Select(result => result.Outcome).Should().AllBeEquivalentTo(RuntimeOutcome.Resumed);
        (await harness.ReceivedAsync(instanceId)).Should().BeEquivalentTo(Enumerable.Range(1, Resumes));
        (await harness.JournalAsync(instanceId)).Count(row => row.EventName == "Resumed").Should().Be(Resumes);
        var instance = await harness.InstanceAsync(instanceId);
        (instance.SubStatus, instance.Revision).Should().Be((WorkflowSubStatus.Finished, Resumes + 1L));
    }

    [Fact]
    public async Task ResumeAsync_FiftyBookmarksOfOneInstanceResumedInParallel_AppliesEachExactlyOnce()
    {
        var instanceId = await harness.StartAsync(TestWorkflows.FanOut);
        var bookmarks = await harness.BookmarksAsync(instanceId);

        var results = await Task.WhenAll(bookmarks.Select((bookmark, n) => Task.Run(() =>
            harness.Runtime.ResumeAsync(bookmark.Id, StoredInstances.Number(n)))));

        results.Select(result => result.Outcome).Should().AllBeEquivalentTo(RuntimeOutcome.Resumed);
        (await harness.ReceivedAsync(instanceId)).Should().BeEquivalentTo(Enumerable.Range(0, TestWorkflows.FanOutWidth));
        (await harness.BookmarksAsync(instanceId)).Should().BeEmpty();
        (await harness.InstanceAsync(instanceId)).SubStatus.Should().Be(WorkflowSubStatus.Finished);
    }

    [Fact]
    public async Task ResumeAsync_SameIdempotencyKeyFromParallelTasks_HasOneEffect()
    {
        var instanceId = await harness.StartAsync(TestWorkflows.EventCounter);
        var bookmarkId = (await harness.BookmarksAsync(instanceId)).Single().Id;

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() =>
            harness.Runtime.ResumeAsync(bookmarkId, StoredInstances.Number(1), idempotencyKey: "approve"))));

        // A loser finds the key applied (Duplicate) or, when it starts after the winner's commit, the bookmark gone.
        results.Count(result => result.Outcome == RuntimeOutcome.Resumed).Should().Be(1);
        results.Select(result => result.Outcome).Should().OnlyContain(outcome => outcome != RuntimeOutcome.Queued);
        (await harness.ReceivedAsync(instanceId)).Should().Equal(1);
    }
}
