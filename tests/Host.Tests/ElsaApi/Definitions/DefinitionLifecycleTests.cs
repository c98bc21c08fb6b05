using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PlanWorkflows.Host.Tests.Auth;

namespace PlanWorkflows.Host.Tests.ElsaApi.Definitions;

public sealed class DefinitionLifecycleTests(SecuredHostFactory factory) : IClassFixture<SecuredHostFactory>
{
    [Fact]
    public async Task PublishThenRetract_Definition_FlipsIsPublishedAndKeepsEditLinks()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var definitionId = await CreateAsync(admin, "Publish and retract");

        var published = await admin.PostJsonAsync($"/workflow-definitions/{definitionId}/publish");
        var retracted = await admin.PostJsonAsync($"/workflow-definitions/{definitionId}/retract");

        published["isPublished"]!.GetValue<bool>().Should().BeTrue();
        retracted["isPublished"]!.GetValue<bool>().Should().BeFalse();
        SaveDefinitionTests.Rels(retracted).Should().Contain("publish");
    }

    [Fact]
    public async Task Retract_DefinitionWithoutPublishedVersion_Answers400Problem()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var definitionId = await CreateAsync(admin, "Never published");

        await ElsaApiClient.ReadProblemAsync(await admin.PostAsync($"/workflow-definitions/{definitionId}/retract"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Publish_UnknownDefinition_Answers404()
    {
        using var admin = ElsaApiClient.Admin(factory);

        await ElsaApiClient.ReadProblemAsync(await admin.PostAsync("/workflow-definitions/unknown/publish"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Revert_ToVersionOne_Answers201WithSummaryOfNewLatestVersion()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var created = await admin.CreateAsync("Revert me", publish: true);
        var edited = created.DeepClone().AsObject();
        edited["name"] = "Revert me (edited)";
        await admin.PostJsonAsync("/workflow-definitions", new JsonObject { ["model"] = edited });
        var definitionId = created["definitionId"]!.GetValue<string>();

        var response = await admin.PostAsync($"/workflow-definitions/{definitionId}/revert/1");
        var summary = await ElsaApiClient.ReadOkAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        summary["version"]!.GetValue<int>().Should().Be(3);
        summary["name"]!.GetValue<string>().Should().Be("Revert me");
        summary["isLatest"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task Delete_DefinitionThenAgain_Answers204Then404()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var definitionId = await CreateAsync(admin, "Delete me");

        (await admin.DeleteAsync($"/workflow-definitions/{definitionId}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await admin.DeleteAsync($"/workflow-definitions/{definitionId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/workflow-definitions/by-definition-id/{definitionId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeleteVersion_LatestDraft_MakesThePublishedVersionLatest()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var created = await admin.CreateAsync("Delete a version", publish: true);
        var draft = (await admin.PostJsonAsync("/workflow-definitions", new JsonObject { ["model"] = created.DeepClone() }))["workflowDefinition"]!;

        var response = await admin.DeleteAsync($"/workflow-definition-versions/{draft["id"]!.GetValue<string>()}");
        var latest = await admin.GetJsonAsync($"/workflow-definitions/by-definition-id/{created["definitionId"]!.GetValue<string>()}?versionOptions=Latest");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        latest["version"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task Import_ExportedDefinitionWithNewId_Answers201AndPublishes()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var exported = JsonNode.Parse(await (await admin.GetAsync($"/workflow-definitions/{await CreateAsync(admin, "Export source")}/export")).Content.ReadAsStringAsync())!;
        exported["definitionId"] = "imported-definition";
        exported["name"] = "Imported";

        var response = await admin.PostAsync("/workflow-definitions/import", exported);
        var imported = await ElsaApiClient.ReadOkAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        imported["definitionId"]!.GetValue<string>().Should().Be("imported-definition");
        imported["isPublished"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task ImportFiles_TwoJsonFiles_AnswersCountTwo()
    {
        using var admin = ElsaApiClient.Admin(factory);
        using var form = new MultipartFormDataContent();
        foreach (var name in new[] { "File one", "File two" })
        {
            var model = RecordedStudioCalls.CreateWorkflowBody()["model"]!.AsObject();
            model["name"] = name;
            var file = new StringContent(model.ToJsonString(), Encoding.UTF8);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            form.Add(file, "files", $"{name}.json");
        }

        var body = await ElsaApiClient.ReadOkAsync(await admin.Http.PostAsync(new Uri("/elsa/api/workflow-definitions/import-files", UriKind.Relative), form));

        body["count"]!.GetValue<int>().Should().Be(2);
        (await admin.GetJsonAsync("/workflow-definitions/validation/is-name-unique?name=File%20two"))["isUnique"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task BulkPublishRetractDelete_MixedIds_SortEachIdIntoItsOutcome()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var draft = await CreateAsync(admin, "Bulk draft");
        var published = (await admin.CreateAsync("Bulk published", publish: true))["definitionId"]!.GetValue<string>();
        var ids = new JsonObject { ["definitionIds"] = new JsonArray(draft, published, "missing") };

        var publish = await admin.PostJsonAsync("/bulk-actions/publish/workflow-definitions/by-definition-ids", ids.DeepClone());
        var retract = await admin.PostJsonAsync("/bulk-actions/retract/workflow-definitions/by-definition-ids", ids.DeepClone());
        var delete = await admin.PostJsonAsync("/bulk-actions/delete/workflow-definitions/by-definition-id", ids.DeepClone());

        Strings(publish["published"]).Should().Equal(draft);
        Strings(publish["alreadyPublished"]).Should().Equal(published);
        Strings(publish["notFound"]).Should().Equal("missing");
        Strings(retract["retracted"]).Should().Equal(draft, published);
        delete["deleted"]!.GetValue<long>().Should().Be(2);
    }

    [Fact]
    public async Task ConsumersAndUpdateReferences_AnyDefinition_AnswerEmptyElsaPayloads()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var definitionId = await CreateAsync(admin, "No consumers");

        var consumers = await admin.GetJsonAsync($"/workflow-definitions/{definitionId}/consumers");
        var references = await admin.PostJsonAsync($"/workflow-definitions/{definitionId}/update-references");

        consumers["consumingWorkflowDefinitionIds"]!.AsArray().Should().BeEmpty();
        references["affectedWorkflows"]!.AsArray().Should().BeEmpty();
    }

    [Theory]
    [InlineData("POST", "/workflow-definitions/{0}/publish")]
    [InlineData("POST", "/workflow-definitions/{0}/retract")]
    [InlineData("POST", "/workflow-definitions/{0}/revert/1")]
    [InlineData("DELETE", "/workflow-definitions/{0}")]
    [InlineData("POST", "/workflow-definitions/import")]
    [InlineData("POST", "/bulk-actions/publish/workflow-definitions/by-definition-ids")]
    [InlineData("POST", "/bulk-actions/delete/workflow-definitions/by-definition-id")]
    [InlineData("POST", "/workflow-definitions/{0}/update-references")]
    public async Task Write_AsReader_Answers403AndChangesNothing(string method, string pathFormat)
    {
        using var admin = ElsaApiClient.Admin(factory);
        using var reader = ElsaApiClient.Reader(factory);
        var definitionId = await CreateAsync(admin, $"Reader cannot {method} {pathFormat}");
        var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, pathFormat, definitionId);

        var response = method == "DELETE" ? await reader.DeleteAsync(path) : await reader.PostAsync(path, new JsonObject());

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var latest = await admin.GetJsonAsync($"/workflow-definitions/by-definition-id/{definitionId}?versionOptions=Latest");
        latest["isPublished"]!.GetValue<bool>().Should().BeFalse();
        latest["version"]!.GetValue<int>().Should().Be(1);
    }

    private static async Task<string> CreateAsync(ElsaApiClient admin, string name) =>
        (await admin.CreateAsync(name))["definitionId"]!.GetValue<string>();

    private static IEnumerable<string> Strings(JsonNode? array) => array!.AsArray().Select(node => node!.GetValue<string>());
}
