using System.Net;
using System.Text.Json.Nodes;
using PlanWorkflows.Host.Tests.Auth;

namespace PlanWorkflows.Host.Tests.ElsaApi.Definitions;

public sealed class ListDefinitionsTests(SecuredHostFactory factory) : IClassFixture<SecuredHostFactory>
{
    public static TheoryData<string> RecordedQueries() => new(RecordedStudioCalls.DefinitionListQueries());

    [Theory]
    [MemberData(nameof(RecordedQueries))]
    public async Task Get_RecordedStudioQuery_AnswersPagedListResponse(string recordedPathAndQuery)
    {
        using var admin = ElsaApiClient.Admin(factory);

        var response = await admin.Http.GetAsync(new Uri(recordedPathAndQuery, UriKind.Relative));
        var body = await ElsaApiClient.ReadOkAsync(response);

        body.Select(property => property.Key).Should().Equal("items", "totalCount", "links");
        body["totalCount"]!.GetValue<long>().Should().Be(body["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Get_ListQueryOfDefinitionList_SummariesHaveElsaShapeAndAdminLinks()
    {
        using var admin = ElsaApiClient.Admin(factory);
        await admin.CreateAsync("Listed");

        var body = await admin.GetJsonAsync("/workflow-definitions?versionOptions=Latest&Page=0&PageSize=10&SearchTerm=Listed&IsSystem=False&OrderDirection=Ascending");

        var summary = body["items"]!.AsArray().Should().ContainSingle().Subject!.AsObject();
        summary.Select(property => property.Key).Should().Equal(
            "id", "definitionId", "name", "description", "version", "toolVersion", "isLatest", "isPublished", "providerName",
            "materializerName", "createdAt", "isReadonly", "isMaterializerAvailable", "links");
        SaveDefinitionTests.Rels(summary).Should().Contain("publish");
        SaveDefinitionTests.Rels(body).Should().Contain(["bulk-publish", "create"]);
    }

    [Fact]
    public async Task Get_AsReader_ListHasNoBulkPublishAndSummariesNoPublishLinks()
    {
        using var admin = ElsaApiClient.Admin(factory);
        using var reader = ElsaApiClient.Reader(factory);
        await admin.CreateAsync("Seen by a reader");

        var body = await reader.GetJsonAsync("/workflow-definitions?versionOptions=Latest&SearchTerm=Seen%20by%20a%20reader");

        SaveDefinitionTests.Rels(body).Should().NotContain(["bulk-publish", "bulk-retract", "create"]);
        SaveDefinitionTests.Rels(body["items"]![0]!).Should().NotContain(["publish", "delete"]);
    }

    [Fact]
    public async Task Get_EmptyVersionOptionsAndIds_AnswersTheVersionsWithThoseIds()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var created = await admin.CreateAsync("Named in the instance list", publish: true);
        var versionId = created["id"]!.GetValue<string>();

        var body = await admin.GetJsonAsync($"/workflow-definitions?versionOptions=&Ids={versionId}");

        body["items"]!.AsArray().Should().ContainSingle().Which!["id"]!.GetValue<string>().Should().Be(versionId);
    }

    [Fact]
    public async Task Get_PublishedAndDefinitionIds_AnswersOnlyPublishedVersions()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var published = (await admin.CreateAsync("Published one", publish: true))["definitionId"]!.GetValue<string>();
        var draft = (await admin.CreateAsync("Draft one"))["definitionId"]!.GetValue<string>();

        var body = await admin.GetJsonAsync($"/workflow-definitions?versionOptions=Published&DefinitionIds={published}&DefinitionIds={draft}");

        body["items"]!.AsArray().Select(item => item!["definitionId"]!.GetValue<string>()).Should().Equal(published);
    }

    [Fact]
    public async Task Get_NegativePage_Answers400Problem()
    {
        using var admin = ElsaApiClient.Admin(factory);

        var response = await admin.GetAsync("/workflow-definitions?Page=-1&PageSize=10");

        await ElsaApiClient.ReadProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_WithoutCredentials_Answers401()
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync(new Uri("/elsa/api/workflow-definitions", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Count_AfterCreatingDefinitions_CountsEachDefinitionOnce()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var before = (await admin.GetJsonAsync("/workflow-definitions/query/count"))["count"]!.GetValue<long>();
        var created = await admin.CreateAsync("Counted", publish: true);
        await admin.PostJsonAsync("/workflow-definitions", new JsonObject { ["model"] = created.DeepClone(), ["publish"] = false });

        var after = (await admin.GetJsonAsync("/workflow-definitions/query/count"))["count"]!.GetValue<long>();

        after.Should().Be(before + 1);
    }
}
