using System.Net;
using System.Text.Json.Nodes;
using PlanWorkflows.Host.Tests.Auth;

namespace PlanWorkflows.Host.Tests.ElsaApi.Definitions;

public sealed class ReadDefinitionTests(SecuredHostFactory factory) : IClassFixture<SecuredHostFactory>
{
    [Fact]
    public async Task GetByDefinitionId_AsAdmin_AnswersElsaShapeWithEditLinks()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var created = await admin.CreateAsync("Designer load");
        var definitionId = created["definitionId"]!.GetValue<string>();

        var definition = await admin.GetJsonAsync($"/workflow-definitions/by-definition-id/{definitionId}?versionOptions=Latest");

        definition.Select(property => property.Key).Should().Contain(
            ["id", "definitionId", "name", "createdAt", "version", "toolVersion", "variables", "inputs", "outputs", "outcomes",
             "customProperties", "isReadonly", "isLatest", "isPublished", "options", "root", "materializerName", "links"]);
        definition["root"]!["type"]!.GetValue<string>().Should().Be("Elsa.Flowchart");
        SaveDefinitionTests.Rels(definition).Should().Contain(["publish", "delete", "retract"]);
    }

    [Fact]
    public async Task GetByDefinitionId_AsReader_HasNoPublishOrDeleteLinks()
    {
        using var admin = ElsaApiClient.Admin(factory);
        using var reader = ElsaApiClient.Reader(factory);
        var definitionId = (await admin.CreateAsync("Read-only view"))["definitionId"]!.GetValue<string>();

        var definition = await reader.GetJsonAsync($"/workflow-definitions/by-definition-id/{definitionId}?versionOptions=Latest");

        SaveDefinitionTests.Rels(definition).Should().NotContain(["publish", "delete", "retract"]).And.Contain("self");
    }

    [Fact]
    public async Task GetByDefinitionId_PublishedOptionWithOnlyADraft_Answers404Problem()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var definitionId = (await admin.CreateAsync("Draft only"))["definitionId"]!.GetValue<string>();

        var response = await admin.GetAsync($"/workflow-definitions/by-definition-id/{definitionId}?versionOptions=Published");

        await ElsaApiClient.ReadProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetByDefinitionId_UnknownVersionOptions_Answers400Problem()
    {
        using var admin = ElsaApiClient.Admin(factory);

        var response = await admin.GetAsync("/workflow-definitions/by-definition-id/any?versionOptions=Newest");

        var problem = await ElsaApiClient.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        problem["errors"]!["errors"]![0]!.GetValue<string>().Should().Contain("'Newest'");
    }

    [Fact]
    public async Task GetById_VersionId_AnswersThatVersion()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var created = await admin.CreateAsync("By version id");

        var definition = await admin.GetJsonAsync($"/workflow-definitions/by-id/{created["id"]!.GetValue<string>()}");

        definition["definitionId"]!.GetValue<string>().Should().Be(created["definitionId"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetManyById_TwoVersionIds_AnswersItemsAndCount()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var first = (await admin.CreateAsync("Many 1"))["id"]!.GetValue<string>();
        var second = (await admin.CreateAsync("Many 2"))["id"]!.GetValue<string>();

        var body = await admin.GetJsonAsync($"/workflow-definitions/many-by-id?ids={first}&ids={second}");

        body["count"]!.GetValue<int>().Should().Be(2);
        body["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()).Should().BeEquivalentTo([first, second]);
    }

    [Fact]
    public async Task IsNameUnique_ExistingNameForOtherAndSameDefinition_AnswersFalseThenTrue()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var definitionId = (await admin.CreateAsync("Unique name"))["definitionId"]!.GetValue<string>();

        var forOther = await admin.GetJsonAsync("/workflow-definitions/validation/is-name-unique?name=Unique%20name");
        var forSame = await admin.GetJsonAsync($"/workflow-definitions/validation/is-name-unique?name=Unique%20name&definitionId={definitionId}");

        forOther["isUnique"]!.GetValue<bool>().Should().BeFalse();
        forSame["isUnique"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task Export_Definition_AnswersJsonFileThatImportsBack()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var definitionId = (await admin.CreateAsync("Exported"))["definitionId"]!.GetValue<string>();

        var response = await admin.GetAsync($"/workflow-definitions/{definitionId}/export");
        var exported = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentDisposition!.FileName.Should().Be($"{definitionId}.json");
        exported["definitionId"]!.GetValue<string>().Should().Be(definitionId);
        exported["name"]!.GetValue<string>().Should().Be("Exported");
    }
}
