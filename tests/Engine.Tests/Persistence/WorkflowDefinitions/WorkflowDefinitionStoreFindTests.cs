using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Engine.Tests.Persistence.WorkflowDefinitions;

public sealed class WorkflowDefinitionStoreFindTests : StoreTestBase
{
    [Theory]
    [InlineData("Latest", 2)]
    [InlineData("Published", 1)]
    [InlineData("LatestOrPublished", 1)]
    [InlineData("LatestAndPublished", null)]
    [InlineData("Draft", 2)]
    [InlineData("AllVersions", 2)]
    [InlineData("", 2)]
    [InlineData("1", 1)]
    [InlineData("2", 2)]
    [InlineData("3", null)]
    public async Task FindAsync_PublishedWithNewerDraft_SelectsVersionAsElsa(string versionOptions, int? expectedVersion)
    {
        var (published, _) = await PublishedWithNewerDraftAsync();

        var found = await Store.FindAsync(published.DefinitionId, VersionOptions.Parse(versionOptions));

        found?.Version.Should().Be(expectedVersion);
        (found is null).Should().Be(expectedVersion is null);
    }

    [Theory]
    [InlineData("Latest", 2)]
    [InlineData("Published", 2)]
    [InlineData("LatestOrPublished", 2)]
    [InlineData("LatestAndPublished", 2)]
    [InlineData("Draft", 1)]
    [InlineData("AllVersions", 2)]
    public async Task FindAsync_PublishedLatest_SelectsVersionAsElsa(string versionOptions, int expectedVersion)
    {
        var (published, draft) = await PublishedWithNewerDraftAsync();
        await Store.PublishAsync(draft.DefinitionId);

        var found = await Store.FindAsync(published.DefinitionId, VersionOptions.Parse(versionOptions));

        found!.Version.Should().Be(expectedVersion);
    }

    [Fact]
    public async Task FindAsync_LatestOrPublishedWithoutPublished_ReturnsLatest()
    {
        var draft = await Store.SaveDraftAsync(Drafts.Named("Child care"));

        (await Store.FindAsync(draft.DefinitionId, VersionOptions.LatestOrPublished))!.Id.Should().Be(draft.Id);
        (await Store.FindAsync(draft.DefinitionId, VersionOptions.Published)).Should().BeNull();
    }

    [Fact]
    public async Task FindAsync_UnknownDefinition_ReturnsNull()
    {
        (await Store.FindAsync("missing", VersionOptions.Latest)).Should().BeNull();
    }

    [Fact]
    public async Task FindByIdAsync_VersionId_ReturnsThatVersion()
    {
        var (published, draft) = await PublishedWithNewerDraftAsync();

        (await Store.FindByIdAsync(published.Id))!.Version.Should().Be(1);
        (await Store.FindByIdAsync(draft.Id))!.Version.Should().Be(2);
        (await Store.FindByIdAsync(published.DefinitionId)).Should().BeNull();
    }

    [Fact]
    public async Task IsNameUniqueAsync_NameOfAnotherDefinition_IsFalse()
    {
        var draft = await Store.SaveDraftAsync(Drafts.Named("Child care"));

        (await Store.IsNameUniqueAsync("Child care")).Should().BeFalse();
        (await Store.IsNameUniqueAsync("Child care", "other-definition")).Should().BeFalse();
        (await Store.IsNameUniqueAsync("Child care", draft.DefinitionId)).Should().BeTrue();
        (await Store.IsNameUniqueAsync("Elder care")).Should().BeTrue();
    }
}
