using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Persistence.Commits;
using PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

namespace PlanWorkflows.Engine.Tests.Runtime.Persistence;

public sealed class GroupCommitterTests : IAsyncLifetime
{
    private const int Instances = 12;
    private RuntimeHarness harness = null!;

    public async Task InitializeAsync() => harness = await RuntimeHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task CommitAsync_ParallelBurstsOneFailingAfterItsInstanceRow_CommitsEveryOtherBurstOnce()
    {
        var runtime = (await harness.StartNodeWithWorkItemsAsync()).GetRequiredService<IWorkflowRuntime>();
        var instanceIds = new List<string>();
        for (var index = 0; index < Instances; index++)
        {
            instanceIds.Add(await harness.StartAsync(TestWorkflows.WorkItems));
        }

        await runtime.PublishEventAsync("tick", new() { ["n"] = 1, ["key"] = "taken" }, workflowInstanceId: instanceIds[0]);
        var failing = instanceIds[Instances / 2];

        var resumes = instanceIds.Skip(1).Select(instanceId => Task.Run(() => runtime.PublishEventAsync(
            "tick", new() { ["n"] = 1, ["key"] = instanceId == failing ? "taken" : $"item-{instanceId}" }, workflowInstanceId: instanceId)));
        var outcomes = await Task.WhenAll(resumes.Select(CaptureAsync));

        outcomes.Count(outcome => outcome is DbUpdateException).Should().Be(1);
        outcomes.OfType<WorkflowRuntimeResult>().Should().HaveCount(Instances - 2)
            .And.OnlyContain(result => result.Outcome == RuntimeOutcome.Resumed);
        var keys = await harness.QueryAsync(context => context.Database
            .SqlQueryRaw<string>("SELECT Key AS Value FROM TestWorkItems ORDER BY Key").ToListAsync());
        keys.Should().BeEquivalentTo(instanceIds.Where(id => id != failing && id != instanceIds[0]).Select(id => $"item-{id}").Append("taken"));
        (await harness.InstanceAsync(failing)).Revision.Should().Be(1, "its start was its only burst");
        foreach (var resumed in instanceIds.Where(id => id != failing))
        {
            (await harness.InstanceAsync(resumed)).Revision.Should().Be(2, "its resume committed once");
        }
    }

    [Fact]
    public async Task DisposeAsync_CalledAgainAfterCommits_ReturnsWithoutError()
    {
        await harness.StartAsync(TestWorkflows.EventCounter);
        var committer = harness.Services.GetRequiredService<GroupCommitter>();

        await committer.DisposeAsync();
        var again = async () => await committer.DisposeAsync();

        await again.Should().NotThrowAsync();
    }

    private static async Task<object> CaptureAsync(Task<WorkflowRuntimeResult> resume)
    {
        try
        {
            return await resume;
        }
        catch (DbUpdateException exception)
        {
            return exception;
        }
    }
}
