using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Instances.Queries;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

namespace PlanWorkflows.Engine.Tests.Runtime.Instances.Queries;

public sealed class WorkflowInstanceQueriesTests : IAsyncLifetime
{
    private RuntimeHarness harness = null!;
    private string counterDefinitionId = null!;
    private string delayDefinitionId = null!;

    private IWorkflowInstanceQueries Queries => harness.Services.GetRequiredService<IWorkflowInstanceQueries>();

    public async Task InitializeAsync()
    {
        harness = await RuntimeHarness.CreateAsync();
        counterDefinitionId = await harness.PublishAsync(TestWorkflows.EventCounter);
        delayDefinitionId = await harness.PublishAsync(TestWorkflows.Delay);
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task ListAsync_Filters_SelectMatchingInstancesWithTotalCount()
    {
        var first = await StartAsync(counterDefinitionId, "order-1");
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await StartAsync(counterDefinitionId, "order-2");
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var delay = await StartAsync(delayDefinitionId, "order-3");
        await harness.Runtime.CancelAsync(second);

        var byDefinition = await Queries.ListAsync(new WorkflowInstanceQuery { DefinitionIds = [counterDefinitionId] });
        var bySubStatus = await Queries.ListAsync(new WorkflowInstanceQuery { SubStatuses = [WorkflowSubStatus.Suspended] });
        var byCorrelation = await Queries.ListAsync(new WorkflowInstanceQuery { CorrelationId = "order-3" });
        var bySearch = await Queries.ListAsync(new WorkflowInstanceQuery { SearchTerm = "DELAY" });
        var paged = await Queries.ListAsync(new WorkflowInstanceQuery { PageSize = 2, Page = 0, OrderDirection = OrderDirection.Ascending });

        byDefinition.Items.Select(row => row.Id).Should().Equal(second, first);
        bySubStatus.Items.Select(row => row.Id).Should().BeEquivalentTo([first, delay]);
        byCorrelation.Items.Select(row => row.Id).Should().Equal(delay);
        bySearch.Items.Select(row => row.Id).Should().Equal(delay);
        (paged.Items.Select(row => row.Id), paged.TotalCount).Should().BeEquivalentTo((new[] { first, second }, 3L));
    }

    [Fact]
    public async Task JournalAsync_NodeFilterAndPaging_ReturnsLinesInSequence()
    {
        var instanceId = await StartAsync(counterDefinitionId, null);
        for (var n = 1; n <= 3; n++)
        {
            await harness.Runtime.PublishEventAsync("tick", StoredInstances.Number(n));
        }

        var all = await Queries.JournalAsync(new JournalQuery(instanceId));
        var resumedPage = await Queries.JournalAsync(new JournalQuery(instanceId) { NodeIds = ["event"], Skip = 1, Take = 1 });
        var excluded = await Queries.JournalAsync(new JournalQuery(instanceId) { ExcludedActivityTypes = ["Test.Scripted"] });

        all.Items.Select(entry => entry.EventName).Should().Equal("Started", "Resumed", "Resumed", "Resumed");
        (resumedPage.TotalCount, resumedPage.Items.Single().Payload!["n"]!.GetValue<int>()).Should().Be((3L, 2));
        excluded.TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task JournalAsync_ActivityAndEventNameFilters_ReturnOnlyTheirLines()
    {
        var instanceId = await StartAsync(counterDefinitionId, null);
        await harness.Runtime.PublishEventAsync("tick", StoredInstances.Number(1));
        await harness.Runtime.PublishEventAsync("tick", StoredInstances.Number(2));

        var byActivity = await Queries.JournalAsync(new JournalQuery(instanceId) { ActivityIds = ["start"] });
        var byEvent = await Queries.JournalAsync(new JournalQuery(instanceId) { EventNames = ["Resumed"] });
        var both = await Queries.JournalAsync(new JournalQuery(instanceId) { ActivityIds = ["start"], EventNames = ["Resumed"] });
        var noEvents = await Queries.JournalAsync(new JournalQuery(instanceId) { EventNames = [] });

        byActivity.Items.Select(entry => entry.EventName).Should().Equal("Started");
        byEvent.Items.Select(entry => entry.Payload!["n"]!.GetValue<int>()).Should().Equal(1, 2);
        both.TotalCount.Should().Be(0);
        noEvents.TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task ListAsync_IncidentVersionAndTimestampFilters_SelectMatchingInstances()
    {
        var first = await StartAsync(counterDefinitionId, "order-1");
        var startedBetween = harness.Clock.GetUtcNow() + TimeSpan.FromSeconds(30);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await StartAsync(counterDefinitionId, "order-2");
        await harness.Runtime.CancelAsync(second);

        var createdAfter = await Queries.ListAsync(Filtered(InstanceTimestamp.CreatedAt, TimestampComparison.GreaterThan, startedBetween));
        var createdAtOrBefore = await Queries.ListAsync(Filtered(InstanceTimestamp.CreatedAt, TimestampComparison.LessThanOrEqual, startedBetween));
        var finished = await Queries.ListAsync(Filtered(InstanceTimestamp.FinishedAt, TimestampComparison.GreaterThanOrEqual, startedBetween));
        var withIncidents = await Queries.ListAsync(new WorkflowInstanceQuery { HasIncidents = true });
        var withoutIncidents = await Queries.ListAsync(new WorkflowInstanceQuery { HasIncidents = false });
        var version1 = await Queries.ListAsync(new WorkflowInstanceQuery { Version = 1 });
        var version2 = await Queries.ListAsync(new WorkflowInstanceQuery { Version = 2 });

        createdAfter.Items.Select(row => row.Id).Should().Equal(second);
        createdAtOrBefore.Items.Select(row => row.Id).Should().Equal(first);
        finished.Items.Select(row => row.Id).Should().Equal(second);
        withIncidents.TotalCount.Should().Be(0);
        withoutIncidents.Items.Select(row => row.Id).Should().BeEquivalentTo([first, second]);
        version1.TotalCount.Should().Be(2);
        version2.TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task ActivityExecutionStatsAsync_SuspendedThenCompleted_CountsPerNode()
    {
        var instanceId = await StartAsync(counterDefinitionId, null, new() { ["target"] = 1 });
        var whileSuspended = await Queries.ActivityExecutionStatsAsync(instanceId);

        await harness.Runtime.PublishEventAsync("tick", StoredInstances.Number(1));
        var afterwards = await Queries.ActivityExecutionStatsAsync(instanceId, ["scripted"]);

        whileSuspended.Single().Should().BeEquivalentTo(new { ActivityNodeId = "scripted", StartedCount = 1, BlockedCount = 1, IsBlocked = true });
        afterwards.Single().Should().BeEquivalentTo(new { StartedCount = 2, CompletedCount = 1, UncompletedCount = 1 });
        (await Queries.ActivityExecutionsAsync(instanceId, "scripted")).Select(execution => execution.Status).Should().Equal("Running", "Completed");
    }

    [Fact]
    public async Task FindStateAsync_SuspendedInstance_ReturnsVariablesAndBookmarks()
    {
        var instanceId = await StartAsync(counterDefinitionId, null);
        await harness.Runtime.PublishEventAsync("tick", StoredInstances.Number(4));

        var state = await Queries.FindStateAsync(instanceId);

        state!.Variables["received"]!.AsArray().Select(node => node!.GetValue<int>()).Should().Equal(4);
        state.Bookmarks.Should().ContainSingle().Which.ActivityTypeName.Should().Be("Elsa.Event");
        (await Queries.FindStateAsync("missing")).Should().BeNull();
    }

    [Fact]
    public async Task DeleteAsync_Instances_RemovesThemWithEverythingTheyOwn()
    {
        var deleted = await StartAsync(counterDefinitionId, null);
        var kept = await StartAsync(counterDefinitionId, null);
        await harness.Runtime.PublishEventAsync("tick", StoredInstances.Number(1), idempotencyKey: "k");

        var count = await Queries.DeleteAsync([deleted, "missing"]);

        count.Should().Be(1);
        (await Queries.FindAsync(deleted)).Should().BeNull();
        (await harness.BookmarksAsync(deleted)).Should().BeEmpty();
        (await harness.JournalAsync(deleted)).Should().BeEmpty();
        (await harness.QueryAsync(context => context.AppliedStimuli.Select(row => row.WorkflowInstanceId).ToListAsync())).Should().Equal(kept);
        (await Queries.ActivityExecutionsAsync(deleted)).Should().BeEmpty();
        (await harness.QueryAsync(context => context.ActivityExecutionOwners.Select(row => row.WorkflowInstanceId).Distinct().ToListAsync()))
            .Should().Equal(kept);
    }

    [Fact]
    public async Task FindActivityExecutionAsync_ExecutionOfAnEarlierBurst_GivesItsRecord()
    {
        var instanceId = await StartAsync(counterDefinitionId, null, new() { ["target"] = 1 });
        var started = (await Queries.ActivityExecutionsAsync(instanceId)).Single();
        await harness.Runtime.PublishEventAsync("tick", StoredInstances.Number(1));

        var found = await Queries.FindActivityExecutionAsync(started.Id);

        found.Should().BeEquivalentTo(started);
        (await Queries.FindActivityExecutionAsync("missing")).Should().BeNull();
    }

    private async Task<string> StartAsync(string definitionId, string? correlationId, System.Text.Json.Nodes.JsonObject? input = null) =>
        (await harness.Runtime.StartAsync(definitionId, new StartOptions { CorrelationId = correlationId, Input = input }))
        .Instances.Single().WorkflowInstanceId;

    private static WorkflowInstanceQuery Filtered(InstanceTimestamp column, TimestampComparison comparison, DateTimeOffset timestamp) =>
        new() { TimestampFilters = [new InstanceTimestampFilter(column, comparison, timestamp)] };
}
