using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Runtime.Stimuli;
using PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

namespace PlanWorkflows.Engine.Tests.Runtime.Stimuli;

public sealed class StimulusTests : IAsyncLifetime
{
    private RuntimeHarness harness = null!;

    public async Task InitializeAsync() => harness = await RuntimeHarness.CreateAsync(("Runtime:StimulusTimeToLive", "02:00:00"));

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task PublishEventAsync_ByName_ResumesEveryWaitingInstance()
    {
        var first = await harness.StartAsync(TestWorkflows.EventCounter);
        var second = await harness.StartAsync(TestWorkflows.EventCounter);

        var result = await harness.Runtime.PublishEventAsync("tick", StoredInstances.Number(7));

        result.Outcome.Should().Be(RuntimeOutcome.Resumed);
        result.Instances.Select(instance => instance.WorkflowInstanceId).Should().BeEquivalentTo([first, second]);
        (await harness.ReceivedAsync(first)).Should().Equal(7);
        (await harness.ReceivedAsync(second)).Should().Equal(7);
    }

    [Fact]
    public async Task TriggerAsync_WithCorrelationOrInstanceFilter_ResumesOnlyMatchingInstances()
    {
        var definitionId = await harness.PublishAsync(TestWorkflows.EventCounter);
        var alpha = (await harness.Runtime.StartAsync(definitionId, new StartOptions { CorrelationId = "alpha" })).Instances.Single().WorkflowInstanceId;
        var beta = (await harness.Runtime.StartAsync(definitionId, new StartOptions { CorrelationId = "beta" })).Instances.Single().WorkflowInstanceId;
        var tick = EventStimulus.Create("tick", payload: null);

        await harness.Runtime.TriggerAsync(tick with { CorrelationId = "alpha", Input = StoredInstances.Number(1) });
        await harness.Runtime.TriggerAsync(tick with { WorkflowInstanceId = beta, Input = StoredInstances.Number(2) });

        (await harness.ReceivedAsync(alpha)).Should().Equal(1);
        (await harness.ReceivedAsync(beta)).Should().Equal(2);
    }

    [Fact]
    public async Task TriggerAsync_InstanceWithOtherCorrelation_QueuesInsteadOfResuming()
    {
        var definitionId = await harness.PublishAsync(TestWorkflows.EventCounter);
        var alpha = (await harness.Runtime.StartAsync(definitionId, new StartOptions { CorrelationId = "alpha" })).Instances.Single().WorkflowInstanceId;
        var tick = EventStimulus.Create("tick", payload: null) with { WorkflowInstanceId = alpha, Input = StoredInstances.Number(1) };

        var mismatched = await harness.Runtime.TriggerAsync(tick with { CorrelationId = "beta" });
        var matched = await harness.Runtime.TriggerAsync(tick with { CorrelationId = "alpha" });

        mismatched.Outcome.Should().Be(RuntimeOutcome.Queued);
        matched.Outcome.Should().Be(RuntimeOutcome.Resumed);
        (await harness.ReceivedAsync(alpha)).Should().Equal(1);
    }

    [Fact]
    public async Task TriggerAsync_SameIdempotencyKeyTwice_HasOneEffect()
    {
        var instanceId = await harness.StartAsync(TestWorkflows.EventCounter);

        var first = await harness.Runtime.PublishEventAsync("tick", StoredInstances.Number(1), idempotencyKey: "sign-off-1");
        var second = await harness.Runtime.PublishEventAsync("tick", StoredInstances.Number(1), idempotencyKey: "sign-off-1");

        first.Outcome.Should().Be(RuntimeOutcome.Resumed);
        second.Outcome.Should().Be(RuntimeOutcome.Duplicate);
        (await harness.ReceivedAsync(instanceId)).Should().Equal(1);
        (await harness.QueryAsync(context => context.QueuedStimuli.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task TriggerAsync_BeforeItsBookmarkExists_IsQueuedThenAppliedWhenTheBookmarkAppears()
    {
        var queued = await harness.Runtime.PublishEventAsync("tick", StoredInstances.Number(5));

        var instanceId = await harness.StartAsync(TestWorkflows.EventCounter, new() { ["target"] = 1 });

        queued.Outcome.Should().Be(RuntimeOutcome.Queued);
        (await harness.ReceivedAsync(instanceId)).Should().Equal(5);
        (await harness.InstanceAsync(instanceId)).SubStatus.Should().Be(WorkflowSubStatus.Finished);
        (await harness.QueryAsync(context => context.QueuedStimuli.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task SweepAsync_QueuedStimulusPastItsTimeToLive_MovesToDeadLettersWithReason()
    {
        await harness.Runtime.PublishEventAsync("tick", StoredInstances.Number(5), idempotencyKey: "late");
        harness.Clock.Advance(TimeSpan.FromHours(1));
        await harness.Sweeper.SweepAsync();
        var stillQueued = await harness.QueryAsync(context => context.QueuedStimuli.CountAsync());

        harness.Clock.Advance(TimeSpan.FromHours(1));
        await harness.Sweeper.SweepAsync();

        stillQueued.Should().Be(1);
        (await harness.QueryAsync(context => context.QueuedStimuli.CountAsync())).Should().Be(0);
        var deadLetter = await harness.QueryAsync(context => context.DeadLetters.SingleAsync());
        deadLetter.Should().BeEquivalentTo(new { IdempotencyKey = "late", EventStimulus.Create("tick", null).Hash, DeadAt = harness.Clock.GetUtcNow() });
        deadLetter.Reason.Should().Contain("No bookmark matched");
        deadLetter.Input.Should().Contain("\"n\":5");
    }

    [Fact]
    public async Task SweepAsync_QueuedStimulusWhoseBookmarkAppeared_IsDelivered()
    {
        var instanceId = await harness.StartAsync(TestWorkflows.FanOut);
        // A bookmark whose row gained the stimulus' hash without a burst: only the periodic sweep can deliver.
        var stimulus = new Stimulus("Test.Signal", new JsonObject { ["signal"] = "late" }) { Input = StoredInstances.Number(3) };
        await harness.Runtime.TriggerAsync(stimulus);
        await harness.QueryAsync(context => context.Bookmarks
            .Where(row => row.WorkflowInstanceId == instanceId && row.ActivityNodeId == "branch-0")
            .ExecuteUpdateAsync(setters => setters.SetProperty(row => row.Hash, stimulus.Hash)));

        await harness.Sweeper.SweepAsync();

        (await harness.ReceivedAsync(instanceId)).Should().Equal(3);
        (await harness.QueryAsync(context => context.QueuedStimuli.CountAsync())).Should().Be(0);
    }
}
