namespace PlanWorkflows.Engine.Tests.Persistence.WorkflowDefinitions;

public sealed class WorkflowDefinitionStoreSaveDraftTests : StoreTestBase
{
    [Fact]
    public async Task SaveDraftAsync_NewDefinition_CreatesVersionOneAsLatestDraft()
    {
        var saved = await Store.SaveDraftAsync(Drafts.Named("Child care"));

        saved.DefinitionId.Should().MatchRegex("^[0-9a-f]{16}$");
        saved.Id.Should().MatchRegex("^[0-9a-f]{16}$").And.NotBe(saved.DefinitionId);
        saved.Version.Should().Be(1);
        saved.IsLatest.Should().BeTrue();
        saved.IsPublished.Should().BeFalse();
        saved.CreatedAt.Should().Be(Database.Clock.GetUtcNow());
        saved.MaterializerName.Should().Be("Json");
        (await Store.FindByIdAsync(saved.Id)).Should().BeEquivalentTo(saved);
    }

    [Fact]
    public async Task SaveDraftAsync_UnknownDefinitionId_CreatesDefinitionWithThatId()
    {
        var saved = await Store.SaveDraftAsync(Drafts.Named("Imported", "imported-plan"));

        saved.DefinitionId.Should().Be("imported-plan");
        saved.Version.Should().Be(1);
    }

    [Fact]
    public async Task SaveDraftAsync_LatestIsDraft_UpdatesItInPlace()
    {
        var first = await Store.SaveDraftAsync(Drafts.Named("Child care"));
        Database.Clock.Advance(TimeSpan.FromHours(1));

        var second = await Store.SaveDraftAsync(Drafts.Named("Child care (edited)", first.DefinitionId) with
        {
            Description = "edited",
            IsReadonly = true,
            IsSystem = true,
            ToolVersion = "3.8.2",
        });

        second.Id.Should().Be(first.Id);
        second.Version.Should().Be(1);
        second.CreatedAt.Should().Be(first.CreatedAt);
        var stored = (await VersionsOfAsync(first.DefinitionId)).Should().ContainSingle().Subject;
        stored.Should().BeEquivalentTo(new
        {
            Name = "Child care (edited)",
            Description = "edited",
            IsReadonly = true,
            IsSystem = true,
            ToolVersion = "3.8.2",
            Data = Drafts.Named("Child care (edited)").Data,
        });
    }

    [Fact]
    public async Task SaveDraftAsync_LatestIsPublished_AddsNextVersionAndKeepsPublishedOne()
    {
        var first = await Store.SaveDraftAsync(Drafts.Named("Child care"));
        await Store.PublishAsync(first.DefinitionId);
        Database.Clock.Advance(TimeSpan.FromHours(1));

        var second = await Store.SaveDraftAsync(Drafts.Named("Child care v2", first.DefinitionId));

        second.Id.Should().NotBe(first.Id);
        second.Version.Should().Be(2);
        second.CreatedAt.Should().Be(Database.Clock.GetUtcNow());
        var versions = await VersionsOfAsync(first.DefinitionId);
        versions.Select(row => (row.Version, row.IsLatest, row.IsPublished))
            .Should().Equal((1, false, true), (2, true, false));
        versions[0].Name.Should().Be("Child care");
    }

    [Fact]
    public async Task SaveDraftAsync_AfterNewVersion_UpdatesThatDraftInPlace()
    {
        var (published, draft) = await PublishedWithNewerDraftAsync();

        var again = await Store.SaveDraftAsync(Drafts.Named("Report duty v2b", published.DefinitionId));

        again.Id.Should().Be(draft.Id);
        (await VersionsOfAsync(published.DefinitionId)).Should().HaveCount(2);
    }
}
