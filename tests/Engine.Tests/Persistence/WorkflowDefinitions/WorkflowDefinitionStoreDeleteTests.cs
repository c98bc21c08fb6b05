namespace PlanWorkflows.Engine.Tests.Persistence.WorkflowDefinitions;

public sealed class WorkflowDefinitionStoreDeleteTests : StoreTestBase
{
    [Fact]
    public async Task DeleteAsync_Definition_DeletesEveryVersionAndNoOther()
    {
        var (published, _) = await PublishedWithNewerDraftAsync();
        var other = await Store.SaveDraftAsync(Drafts.Named("Other"));

        var deleted = await Store.DeleteAsync(published.DefinitionId);

        deleted.Should().Be(2);
        (await AllRowsAsync()).Should().ContainSingle().Which.Id.Should().Be(other.Id);
    }

    [Fact]
    public async Task DeleteAsync_UnknownDefinition_DeletesNothing()
    {
        (await Store.DeleteAsync("missing")).Should().Be(0);
    }

    [Fact]
    public async Task DeleteVersionAsync_Latest_MovesLatestToPreviousVersion()
    {
        var (published, draft) = await PublishedWithNewerDraftAsync();

        var deleted = await Store.DeleteVersionAsync(draft.Id);

        deleted.Should().BeTrue();
        (await VersionsOfAsync(published.DefinitionId)).Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { published.Id, IsLatest = true, IsPublished = true });
    }

    [Fact]
    public async Task DeleteVersionAsync_PublishedOlderVersion_KeepsLatestAndLeavesNothingPublished()
    {
        var (published, draft) = await PublishedWithNewerDraftAsync();

        (await Store.DeleteVersionAsync(published.Id)).Should().BeTrue();

        (await VersionsOfAsync(published.DefinitionId)).Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { draft.Id, IsLatest = true, IsPublished = false });
    }

    [Fact]
    public async Task DeleteVersionAsync_OnlyVersion_RemovesDefinition()
    {
        var draft = await Store.SaveDraftAsync(Drafts.Named("Child care"));

        (await Store.DeleteVersionAsync(draft.Id)).Should().BeTrue();

        (await Store.FindAsync(draft.DefinitionId, default)).Should().BeNull();
    }

    [Fact]
    public async Task DeleteVersionAsync_UnknownId_ReturnsFalse()
    {
        (await Store.DeleteVersionAsync("missing")).Should().BeFalse();
    }
}
