namespace PlanWorkflows.Engine.Tests.Persistence.WorkflowDefinitions;

public sealed class WorkflowDefinitionStoreRevertTests : StoreTestBase
{
    [Fact]
    public async Task RevertAsync_ToPublishedVersion_AddsLatestDraftWithItsContent()
    {
        var (published, draft) = await PublishedWithNewerDraftAsync();
        Database.Clock.Advance(TimeSpan.FromHours(2));

        var reverted = await Store.RevertAsync(published.DefinitionId, published.Version);

        reverted.Should().BeEquivalentTo(new
        {
            published.DefinitionId,
            Version = 3,
            IsLatest = true,
            IsPublished = false,
            published.Name,
            published.Description,
            published.Data,
            CreatedAt = Database.Clock.GetUtcNow(),
        });
        reverted!.Id.Should().NotBe(published.Id).And.NotBe(draft.Id);
        (await VersionsOfAsync(published.DefinitionId)).Select(row => (row.Version, row.IsLatest, row.IsPublished))
            .Should().Equal((1, false, true), (2, false, false), (3, true, false));
    }

    [Fact]
    public async Task RevertAsync_ToLatestDraft_StillAddsNewVersion()
    {
        var draft = await Store.SaveDraftAsync(Drafts.Named("Child care"));

        var reverted = await Store.RevertAsync(draft.DefinitionId, 1);

        reverted!.Version.Should().Be(2);
        VersionInvariants.ShouldHold(await AllRowsAsync());
    }

    [Fact]
    public async Task RevertAsync_UnknownVersion_ReturnsNullAndChangesNothing()
    {
        var (published, _) = await PublishedWithNewerDraftAsync();
        var before = await VersionsOfAsync(published.DefinitionId);

        var reverted = await Store.RevertAsync(published.DefinitionId, 9);

        reverted.Should().BeNull();
        (await VersionsOfAsync(published.DefinitionId)).Should().BeEquivalentTo(before);
    }
}
