namespace PlanWorkflows.Engine.Tests.Persistence.WorkflowDefinitions;

public sealed class WorkflowDefinitionStorePublishTests : StoreTestBase
{
    [Fact]
    public async Task PublishAsync_LatestDraft_PublishesItAsLatest()
    {
        var draft = await Store.SaveDraftAsync(Drafts.Named("Child care"));

        var published = await Store.PublishAsync(draft.DefinitionId);

        published.Should().BeEquivalentTo(new { draft.Id, Version = 1, IsLatest = true, IsPublished = true });
        (await Store.FindByIdAsync(draft.Id))!.IsPublished.Should().BeTrue();
    }

    [Fact]
    public async Task PublishAsync_NewerDraft_UnpublishesThePreviouslyPublishedVersion()
    {
        var (previous, draft) = await PublishedWithNewerDraftAsync();

        var published = await Store.PublishAsync(draft.DefinitionId);

        published!.Id.Should().Be(draft.Id);
        (await VersionsOfAsync(draft.DefinitionId)).Select(row => (row.Id, row.IsLatest, row.IsPublished))
            .Should().Equal((previous.Id, false, false), (draft.Id, true, true));
    }

    [Fact]
    public async Task PublishAsync_AlreadyPublishedLatest_ChangesNothing()
    {
        var draft = await Store.SaveDraftAsync(Drafts.Named("Child care"));
        await Store.PublishAsync(draft.DefinitionId);

        var again = await Store.PublishAsync(draft.DefinitionId);

        again!.Id.Should().Be(draft.Id);
        (await VersionsOfAsync(draft.DefinitionId)).Should().ContainSingle(row => row.IsPublished && row.IsLatest);
    }

    [Fact]
    public async Task PublishAsync_UnknownDefinition_ReturnsNull()
    {
        (await Store.PublishAsync("missing")).Should().BeNull();
    }

    [Fact]
    public async Task RetractAsync_PublishedLatest_LeavesItAsLatestDraft()
    {
        var draft = await Store.SaveDraftAsync(Drafts.Named("Child care"));
        await Store.PublishAsync(draft.DefinitionId);

        var retracted = await Store.RetractAsync(draft.DefinitionId);

        retracted.Should().BeEquivalentTo(new { draft.Id, IsLatest = true, IsPublished = false });
        (await Store.SaveDraftAsync(Drafts.Named("edited", draft.DefinitionId))).Id.Should().Be(draft.Id);
    }

    [Fact]
    public async Task RetractAsync_PublishedOlderVersion_UnpublishesOnlyIt()
    {
        var (published, draft) = await PublishedWithNewerDraftAsync();

        var retracted = await Store.RetractAsync(draft.DefinitionId);

        retracted!.Id.Should().Be(published.Id);
        (await VersionsOfAsync(draft.DefinitionId)).Select(row => (row.IsLatest, row.IsPublished))
            .Should().Equal((false, false), (true, false));
    }

    [Fact]
    public async Task RetractAsync_NothingPublished_ReturnsNull()
    {
        var draft = await Store.SaveDraftAsync(Drafts.Named("Child care"));

        (await Store.RetractAsync(draft.DefinitionId)).Should().BeNull();
    }
}
