using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Engine.Tests.Persistence.WorkflowDefinitions;

public sealed class WorkflowDefinitionStoreListTests : StoreTestBase
{
    [Theory]
    [InlineData("Latest", new[] { "Alpha", "Gamma", "Beta v2" })]
    [InlineData("Published", new[] { "Beta", "Alpha" })]
    [InlineData("LatestOrPublished", new[] { "Beta", "Alpha", "Gamma", "Beta v2" })]
    [InlineData("LatestAndPublished", new[] { "Alpha" })]
    [InlineData("Draft", new[] { "Gamma", "Beta v2" })]
    [InlineData("AllVersions", new[] { "Beta", "Alpha", "Gamma", "Beta v2" })]
    [InlineData("", new[] { "Beta", "Alpha", "Gamma", "Beta v2" })]
    [InlineData("1", new[] { "Beta", "Alpha", "Gamma" })]
    public async Task ListAsync_VersionOptions_FiltersRows(string versionOptions, string[] expectedNames)
    {
        await SeedAsync();

        var page = await Store.ListAsync(new WorkflowDefinitionQuery
        {
            VersionOptions = VersionOptions.Parse(versionOptions),
            OrderBy = WorkflowDefinitionOrderBy.CreatedAt,
            OrderDirection = OrderDirection.Ascending,
        });

        page.Items.Select(row => row.Name).Should().Equal(expectedNames);
        page.TotalCount.Should().Be(expectedNames.Length);
    }

    [Fact]
    public async Task ListAsync_DefaultOrder_IsByNameAscending()
    {
        await SeedAsync();

        var page = await Store.ListAsync(new WorkflowDefinitionQuery { VersionOptions = VersionOptions.Latest });

        page.Items.Select(row => row.Name).Should().Equal("Alpha", "Beta v2", "Gamma");
    }

    [Theory]
    [InlineData(WorkflowDefinitionOrderBy.CreatedAt, null, new[] { "Beta v2", "Gamma", "Alpha" })]
    [InlineData(WorkflowDefinitionOrderBy.Version, null, new[] { "Beta v2", "Alpha", "Gamma" })]
    [InlineData(WorkflowDefinitionOrderBy.Name, OrderDirection.Descending, new[] { "Gamma", "Beta v2", "Alpha" })]
    public async Task ListAsync_OrderBy_SortsAsElsa(WorkflowDefinitionOrderBy orderBy, OrderDirection? direction, string[] expectedNames)
    {
        await SeedAsync();

        var page = await Store.ListAsync(new WorkflowDefinitionQuery
        {
            VersionOptions = VersionOptions.Latest,
            OrderBy = orderBy,
            OrderDirection = direction,
        });

        page.Items.Select(row => row.Name).Should().Equal(expectedNames);
    }

    [Fact]
    public async Task ListAsync_Page_ReturnsThatPageAndTotalCount()
    {
        await SeedAsync();

        var page = await Store.ListAsync(new WorkflowDefinitionQuery { Page = 1, PageSize = 2 });

        page.Items.Select(row => row.Name).Should().Equal("Beta v2", "Gamma");
        page.TotalCount.Should().Be(4);
    }

    [Theory]
    [InlineData("gAMma", new[] { "Gamma" })]
    [InlineData("description of beta", new[] { "Beta", "Beta v2" })]
    [InlineData("  alpha ", new[] { "Alpha" })]
    public async Task ListAsync_SearchTerm_MatchesNameOrDescriptionIgnoringCase(string searchTerm, string[] expectedNames)
    {
        await SeedAsync();

        var page = await Store.ListAsync(new WorkflowDefinitionQuery { SearchTerm = searchTerm });

        page.Items.Select(row => row.Name).Should().Equal(expectedNames);
    }

    [Fact]
    public async Task ListAsync_SearchTerm_MatchesPartOfDefinitionId()
    {
        await SeedAsync();

        var page = await Store.ListAsync(new WorkflowDefinitionQuery { SearchTerm = "def-gam" });

        page.Items.Should().ContainSingle().Which.Name.Should().Be("Gamma");
    }

    [Fact]
    public async Task ListAsync_DefinitionIdsAndIds_FilterRows()
    {
        var (beta, betaDraft, gamma) = await SeedAsync();

        var byDefinition = await Store.ListAsync(new WorkflowDefinitionQuery { DefinitionIds = [beta.DefinitionId, gamma.DefinitionId] });
        var byId = await Store.ListAsync(new WorkflowDefinitionQuery { Ids = [betaDraft.Id, gamma.Id] });

        byDefinition.Items.Select(row => row.Name).Should().Equal("Beta", "Beta v2", "Gamma");
        byId.Items.Select(row => row.Id).Should().Equal(betaDraft.Id, gamma.Id);
    }

    [Theory]
    [InlineData(true, new[] { "Gamma" })]
    [InlineData(false, new[] { "Alpha", "Beta", "Beta v2" })]
    public async Task ListAsync_IsSystem_FiltersRows(bool isSystem, string[] expectedNames)
    {
        await SeedAsync();

        var page = await Store.ListAsync(new WorkflowDefinitionQuery { IsSystem = isSystem });

        page.Items.Select(row => row.Name).Should().Equal(expectedNames);
    }

    /// <summary>
    /// Created in this order: Beta v1 (published), Alpha v1 (published), Gamma v1 (system draft), Beta v2 (latest draft).
    /// </summary>
    private async Task<(WorkflowDefinitionVersion Beta, WorkflowDefinitionVersion BetaDraft, WorkflowDefinitionVersion Gamma)> SeedAsync()
    {
        var beta = await Store.SaveDraftAsync(Drafts.Named("Beta", "def-beta") with { Description = "Description of Beta" });
        await Store.PublishAsync(beta.DefinitionId);
        Database.Clock.Advance(TimeSpan.FromMinutes(1));
        var alpha = await Store.SaveDraftAsync(Drafts.Named("Alpha", "def-alpha"));
        await Store.PublishAsync(alpha.DefinitionId);
        Database.Clock.Advance(TimeSpan.FromMinutes(1));
        var gamma = await Store.SaveDraftAsync(Drafts.Named("Gamma", "def-gamma") with { IsSystem = true });
        Database.Clock.Advance(TimeSpan.FromMinutes(1));
        var betaDraft = await Store.SaveDraftAsync(Drafts.Named("Beta v2", beta.DefinitionId) with { Description = "Description of Beta v2" });
        return (beta, betaDraft, gamma);
    }
}
