using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

namespace PlanWorkflows.Engine.Tests.Runtime.Durability;

public sealed class TransactionalityTests : IAsyncLifetime
{
    private RuntimeHarness harness = null!;

    public async Task InitializeAsync() => harness = await RuntimeHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task ResumeAsync_ActivityAddsEntityOfAnotherAssembly_CommitsItWithTheBurst()
    {
        var runtime = (await harness.StartNodeWithWorkItemsAsync()).GetRequiredService<IWorkflowRuntime>();
        var instanceId = await harness.StartAsync(TestWorkflows.WorkItems);

        await runtime.PublishEventAsync("tick", new() { ["n"] = 1, ["key"] = "item-1" });

        var workItems = await harness.QueryAsync(context => context.Database
            .SqlQueryRaw<string>("SELECT Key AS Value FROM TestWorkItems WHERE WorkflowInstanceId = {0}", instanceId)
            .ToListAsync());
        workItems.Should().Equal("item-1");
    }

    [Fact]
    public async Task ResumeAsync_CommitFailsOnActivityEntityConstraint_LeavesNothingOfTheBurstVisible()
    {
        var runtime = (await harness.StartNodeWithWorkItemsAsync()).GetRequiredService<IWorkflowRuntime>();
        var instanceId = await harness.StartAsync(TestWorkflows.WorkItems);
        await runtime.PublishEventAsync("tick", new() { ["n"] = 1, ["key"] = "item-1" });
        var instanceBefore = await harness.InstanceAsync(instanceId);
        var bookmarksBefore = (await harness.BookmarksAsync(instanceId)).Select(row => row.Id).ToList();
        var journalBefore = (await harness.JournalAsync(instanceId)).Count;

        var failing = () => runtime.PublishEventAsync("tick", new() { ["n"] = 2, ["key"] = "item-1" }, idempotencyKey: "second");

        await failing.Should().ThrowAsync<DbUpdateException>();
        var instanceAfter = await harness.InstanceAsync(instanceId);
        (instanceAfter.Revision, instanceAfter.State).Should().Be((instanceBefore.Revision, instanceBefore.State));
        (await harness.BookmarksAsync(instanceId)).Select(row => row.Id).Should().Equal(bookmarksBefore);
        (await harness.JournalAsync(instanceId)).Should().HaveCount(journalBefore);
        (await harness.QueryAsync(context => context.AppliedStimuli.CountAsync())).Should().Be(0);
    }
}
