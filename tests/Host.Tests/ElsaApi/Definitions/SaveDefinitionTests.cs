using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PlanWorkflows.Host.Tests.Auth;

namespace PlanWorkflows.Host.Tests.ElsaApi.Definitions;

public sealed class SaveDefinitionTests(SecuredHostFactory factory) : IClassFixture<SecuredHostFactory>
{
    [Fact]
    public async Task Post_RecordedSaveBodyAfterDrag_AnswersElsaSaveResponseWithTheLinkedDefinition()
    {
        using var admin = ElsaApiClient.Admin(factory);

        var response = await admin.PostAsync("/workflow-definitions", RecordedStudioCalls.SaveBodyAfterDrag());
        var body = await ElsaApiClient.ReadOkAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.Created, "no version of plan-1 existed");
        body.Select(property => property.Key).Should().Equal("workflowDefinition", "alreadyPublished", "consumingWorkflowCount");
        var definition = body["workflowDefinition"]!.AsObject();
        definition["definitionId"]!.GetValue<string>().Should().Be("plan-1");
        definition["id"]!.GetValue<string>().Should().MatchRegex("^[0-9a-f]{16}$");
        definition["version"]!.GetValue<int>().Should().Be(1);
        definition["isLatest"]!.GetValue<bool>().Should().BeTrue();
        definition["isPublished"]!.GetValue<bool>().Should().BeFalse();
        definition["materializerName"]!.GetValue<string>().Should().Be("Json");
        definition["root"]!["activities"]!.AsArray().Select(node => node!["nodeId"]!.GetValue<string>())
            .Should().Contain("Workflow1:Flowchart1:e15338c7cb514e81");
        Rels(definition).Should().Contain(["publish", "retract", "delete"]);
    }

    [Fact]
    public async Task Post_RecordedCreateWorkflowBody_AssignsDefinitionIdAndAnswers201()
    {
        using var admin = ElsaApiClient.Admin(factory);

        var response = await admin.PostAsync("/workflow-definitions", RecordedStudioCalls.CreateWorkflowBody());
        var definition = (await ElsaApiClient.ReadOkAsync(response))["workflowDefinition"]!;

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var definitionId = definition["definitionId"]!.GetValue<string>();
        definitionId.Should().MatchRegex("^[0-9a-f]{16}$");
        response.Headers.Location!.ToString().Should().EndWith($"/by-definition-id/{definitionId}");
        definition["name"]!.GetValue<string>().Should().Be("Workflow 1");
        definition["createdAt"]!.GetValue<string>().Should().NotStartWith("0001", "the store's creation time replaces Studio's default");
    }

    [Fact]
    public async Task Post_SameDefinitionWithPublishTrue_PublishesAndAnswers200()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var created = await admin.CreateAsync("Publish from the editor");
        var body = new JsonObject { ["model"] = created.DeepClone(), ["publish"] = true };

        var response = await admin.PostAsync("/workflow-definitions", body);
        var definition = (await ElsaApiClient.ReadOkAsync(response))["workflowDefinition"]!;

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        definition["isPublished"]!.GetValue<bool>().Should().BeTrue();
        definition["version"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task Post_InvalidModel_Answers400WithEveryValidatorMessageAndStoresNothing()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var body = RecordedStudioCalls.CreateWorkflowBody();
        body["model"]!["name"] = "Invalid workflow";
        body["model"]!["root"]!["activities"] = new JsonArray(WriteLine("A"), WriteLine("A"));
        body["model"]!["root"]!["connections"] = new JsonArray(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = "A", ["port"] = "Done" },
            ["target"] = new JsonObject { ["activity"] = "Ghost", ["port"] = "In" },
        });

        var problem = await ElsaApiClient.ReadProblemAsync(await admin.PostAsync("/workflow-definitions", body), HttpStatusCode.BadRequest);

        problem["title"]!.GetValue<string>().Should().Be("The workflow definition is invalid.");
        problem["errors"]!["errors"]!.AsArray().Select(node => node!.GetValue<string>()).Should()
            .Contain(message => message.Contains("more than one activity"))
            .And.Contain(message => message.Contains("'Ghost'"));
        var unique = await admin.GetJsonAsync("/workflow-definitions/validation/is-name-unique?name=Invalid%20workflow");
        unique["isUnique"]!.GetValue<bool>().Should().BeTrue("nothing was stored");
    }

    [Fact]
    public async Task Post_MalformedJson_Answers400ProblemInsteadOf500()
    {
        using var admin = ElsaApiClient.Admin(factory);

        var response = await admin.Http.PostAsync(
            new Uri("/elsa/api/workflow-definitions", UriKind.Relative), new StringContent("{\"model\": {", Encoding.UTF8, "application/json"));

        await ElsaApiClient.ReadProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_AsReader_Answers403AndStoresNothing()
    {
        using var reader = ElsaApiClient.Reader(factory);
        var body = RecordedStudioCalls.CreateWorkflowBody();
        body["model"]!["name"] = "Written by a reader";

        var response = await reader.PostAsync("/workflow-definitions", body);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await reader.GetJsonAsync("/workflow-definitions/validation/is-name-unique?name=Written%20by%20a%20reader"))["isUnique"]!
            .GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task Post_WithoutCredentials_Answers401()
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.PostAsync(
            new Uri("/elsa/api/workflow-definitions", UriKind.Relative),
            new StringContent(RecordedStudioCalls.CreateWorkflowBody().ToJsonString(), Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    internal static IEnumerable<string> Rels(JsonNode definition) =>
        definition["links"]!.AsArray().Select(link => link!["rel"]!.GetValue<string>());

    private static JsonObject WriteLine(string id) => new() { ["id"] = id, ["type"] = "Elsa.WriteLine", ["version"] = 1 };
}
