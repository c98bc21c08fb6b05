using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Instances.Queries;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

namespace PlanWorkflows.Engine.Tests.Runtime.Durability;

/// <summary>Real Elsa definitions on the engine's executor, through the durable runtime.</summary>
public sealed class EndToEndTests : IAsyncLifetime
{
    private RuntimeHarness harness = null!;

    public async Task InitializeAsync() => harness = await RuntimeHarness.CreateAsync(HarnessExecutor.Engine);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task PublishEventAsync_ApprovalWaitingOnEvent_ResumesAndFinishesWithJournal()
    {
        var instanceId = await StartAsync("approval");
        var suspended = await harness.InstanceAsync(instanceId);
        var eventNodeId = (await harness.BookmarksAsync(instanceId)).Single().ActivityNodeId;

        var result = await harness.Runtime.PublishEventAsync("approved", new() { ["by"] = "Phòng LĐTBXH" });

        suspended.SubStatus.Should().Be(WorkflowSubStatus.Suspended);
        result.Instances.Single().SubStatus.Should().Be(WorkflowSubStatus.Finished);
        harness.Output.Should().Equal("waiting for approval", "approved");
        (await harness.BookmarksAsync(instanceId)).Should().BeEmpty();
        var journal = await Queries.JournalAsync(new JournalQuery(instanceId) { NodeIds = [eventNodeId] });
        journal.Items.Should().NotBeEmpty().And.OnlyContain(entry => entry.ActivityId == "approved");
        journal.Items.Select(entry => entry.EventName).Should().Contain(["Started", "Completed"]);
    }

    [Fact]
    public async Task PublishEventAsync_BeforeTheInstanceWaits_IsQueuedAndAppliedWhenItsBookmarkAppears()
    {
        var queued = await harness.Runtime.PublishEventAsync("approved");

        var instanceId = await StartAsync("approval");

        queued.Outcome.Should().Be(RuntimeOutcome.Queued);
        (await harness.InstanceAsync(instanceId)).SubStatus.Should().Be(WorkflowSubStatus.Finished);
        harness.Output.Should().Equal("waiting for approval", "approved");
    }

    [Fact]
    public async Task RunDueTimersAsync_DelayAcrossRestart_FiresOnceAfterTheDueTime()
    {
        var instanceId = await StartAsync("reminder");
        var timer = (await harness.BookmarksAsync(instanceId)).Single();

        await harness.RestartAsync();
        var early = await harness.Timers.RunDueTimersAsync();
        harness.Clock.Advance(TimeSpan.FromHours(1));
        var due = await harness.Timers.RunDueTimersAsync();
        var again = await harness.Timers.RunDueTimersAsync();

        timer.DueAt.Should().Be(harness.Clock.GetUtcNow());
        (early, due, again).Should().Be((0, 1, 0));
        harness.Output.Should().Equal("reminder sent");
        (await harness.InstanceAsync(instanceId)).SubStatus.Should().Be(WorkflowSubStatus.Finished);
    }

    [Fact]
    public async Task PublishEventAsync_FiftyConcurrentTicksToACountingLoop_CountsEachOnce()
    {
        var instanceId = await StartAsync("counter");

        var results = await Task.WhenAll(Enumerable.Range(1, 50).Select(n => Task.Run(() =>
            harness.Runtime.PublishEventAsync("tick", workflowInstanceId: instanceId, idempotencyKey: $"tick-{n}"))));

        results.Select(result => result.Outcome).Should().AllBeEquivalentTo(RuntimeOutcome.Resumed);
        harness.Output.Should().Equal("counted 50");
        var state = await harness.StateAsync(instanceId);
        (state.SubStatus, state.Variables["count"]!.GetValue<int>()).Should().Be((WorkflowSubStatus.Finished, 50));
    }

    /// <summary>A version's JSON can change under a running instance (retract, edit the draft in place, publish again).</summary>
    [Fact]
    public async Task PublishEventAsync_VersionEditedInPlaceAfterStart_RunsTheEditedDefinition()
    {
        var instanceId = await StartAsync("approval");
        var started = await harness.InstanceAsync(instanceId);
        var store = harness.Services.GetRequiredService<IWorkflowDefinitionStore>();
        await store.RetractAsync(started.DefinitionId);
        var edited = await store.SaveDraftAsync(new WorkflowDefinitionDraft
        {
            DefinitionId = started.DefinitionId,
            Name = "approval",
            Data = (await ReadDefinitionAsync("approval")).Replace("\"value\": \"approved\" } } }", "\"value\": \"approved, edited\" } } }", StringComparison.Ordinal),
        });
        await store.PublishAsync(started.DefinitionId);

        await harness.Runtime.PublishEventAsync("approved");

        edited.Id.Should().Be(started.DefinitionVersionId);
        harness.Output.Should().Equal("waiting for approval", "approved, edited");
    }

    private IWorkflowInstanceQueries Queries => harness.Services.GetRequiredService<IWorkflowInstanceQueries>();

    private static Task<string> ReadDefinitionAsync(string name) =>
        File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Runtime", "Durability", "Definitions", $"{name}.json"));

    private async Task<string> StartAsync(string name)
    {
        var json = await ReadDefinitionAsync(name);
        var definitionId = await harness.PublishJsonAsync(name, json);
        var result = await harness.Runtime.StartAsync(definitionId, new StartOptions());
        return result.Instances.Single().WorkflowInstanceId;
    }
}
