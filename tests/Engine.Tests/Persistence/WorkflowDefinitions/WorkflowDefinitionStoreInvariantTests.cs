namespace PlanWorkflows.Engine.Tests.Persistence.WorkflowDefinitions;

public sealed class WorkflowDefinitionStoreInvariantTests : StoreTestBase
{
    private static readonly string[] DefinitionIds = ["plan-a", "plan-b", "plan-c"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task AnyOperationSequence_KeepsOneLatestAndAtMostOnePublished(int seed)
    {
        var random = new Random(seed);
        for (var step = 0; step < 60; step++)
        {
            await RunRandomOperationAsync(random, DefinitionIds[random.Next(DefinitionIds.Length)]);
            Database.Clock.Advance(TimeSpan.FromSeconds(1));
            VersionInvariants.ShouldHold(await AllRowsAsync());
        }
    }

    [Fact]
    public async Task SaveDraftAsync_InParallelOnPublishedDefinition_KeepsOneLatest()
    {
        var first = await Store.SaveDraftAsync(Drafts.Named("Parallel", "parallel"));
        await Store.PublishAsync(first.DefinitionId);

        var saves = Enumerable.Range(0, 8).Select(index => Task.Run(async () =>
        {
            var saved = await Store.SaveDraftAsync(Drafts.Named($"Edit {index}", first.DefinitionId));
            await Store.PublishAsync(saved.DefinitionId);
        }));
        await Task.WhenAll(saves);

        var versions = await VersionsOfAsync(first.DefinitionId);
        VersionInvariants.ShouldHold(versions);
        versions.Should().HaveCountGreaterThan(1);
    }

    [Fact]
    public async Task SaveDraftAsync_InParallelOnNewDefinitions_CreatesEach()
    {
        var saves = Enumerable.Range(0, 8)
            .Select(index => Task.Run(() => Store.SaveDraftAsync(Drafts.Named($"New {index}", $"new-{index % 2}"))));
        await Task.WhenAll(saves);

        var rows = await AllRowsAsync();
        VersionInvariants.ShouldHold(rows);
        rows.Select(row => row.DefinitionId).Distinct().Should().HaveCount(2);
    }

    private async Task RunRandomOperationAsync(Random random, string definitionId)
    {
        var versions = await VersionsOfAsync(definitionId);
        switch (random.Next(6))
        {
            case 0:
            case 1:
                await Store.SaveDraftAsync(Drafts.Named($"{definitionId} {random.Next(100)}", definitionId));
                break;
            case 2:
                await Store.PublishAsync(definitionId);
                break;
            case 3:
                await Store.RetractAsync(definitionId);
                break;
            case 4 when versions.Count > 0:
                await Store.RevertAsync(definitionId, versions[random.Next(versions.Count)].Version);
                break;
            case 5 when versions.Count > 0:
                await Store.DeleteVersionAsync(versions[random.Next(versions.Count)].Id);
                break;
        }
    }
}
