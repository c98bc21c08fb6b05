using System.Net;
using System.Text.Json.Nodes;
using PlanWorkflows.Host.Tests.Auth;

namespace PlanWorkflows.Host.Tests.ElsaApi.Descriptors;

public sealed class DescriptorEndpointsTests(SecuredHostFactory factory) : IClassFixture<SecuredHostFactory>
{
    [Theory]
    [InlineData("/elsa/api/features/installed", 0)]
    [InlineData("/elsa/api/descriptors/expression-descriptors", 5)]
    [InlineData("/elsa/api/descriptors/workflow-activation-strategies", 4)]
    [InlineData("/elsa/api/descriptors/log-persistence-strategies", 3)]
    [InlineData("/elsa/api/descriptors/incident-strategies", 2)]
    [InlineData("/elsa/api/descriptors/commit-strategies/workflows", 0)]
    [InlineData("/elsa/api/descriptors/commit-strategies/activities", 0)]
    public async Task Get_ListDescriptor_AnswersItemsAndCount(string path, int expectedCount)
    {
        var body = await GetJsonAsync(path);

        body["items"]!.AsArray().Should().HaveCount(expectedCount);
        body["count"]!.GetValue<int>().Should().Be(expectedCount);
    }

    [Theory]
    [InlineData("/elsa/api/descriptors/variables")]
    [InlineData("/elsa/api/descriptors/storage-drivers")]
    public async Task Get_ItemsOnlyDescriptor_AnswersItemsWithoutCount(string path)
    {
        var body = await GetJsonAsync(path);

        body["items"]!.AsArray().Should().NotBeEmpty();
        body.ContainsKey("count").Should().BeFalse();
    }

    [Fact]
    public async Task Get_ExpressionDescriptors_UseElsaShapeAndOnlyJavaScriptIsBrowsable()
    {
        var items = (await GetJsonAsync("/elsa/api/descriptors/expression-descriptors"))["items"]!.AsArray();

        items.Select(item => item!["type"]!.GetValue<string>()).Should().Equal("Literal", "Object", "Variable", "Input", "JavaScript");
        var javaScript = items.Single(item => item!["type"]!.GetValue<string>() == "JavaScript")!.AsObject();
        javaScript.Select(property => property.Key).Should().Equal("type", "displayName", "isSerializable", "isBrowsable", "properties");
        javaScript["isBrowsable"]!.GetValue<bool>().Should().BeTrue();
        javaScript["properties"]!["MonacoLanguage"]!.GetValue<string>().Should().Be("javascript");
        items.Where(item => item!["type"]!.GetValue<string>() != "JavaScript")
            .Should().OnlyContain(item => !item!["isBrowsable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Get_VariableTypes_NameTheEngineTypesByElsaAlias()
    {
        var items = (await GetJsonAsync("/elsa/api/descriptors/variables"))["items"]!.AsArray();

        items.Select(item => item!["typeName"]!.GetValue<string>()).Should().Contain(
            ["String", "Boolean", "Int32", "Int64", "Double", "Decimal", "DateTime", "DateTimeOffset", "TimeSpan", "Object", "JsonObject"]);
        items[0]!.AsObject().Select(property => property.Key).Should().Equal("typeName", "displayName", "category", "description");
    }

    [Fact]
    public async Task Get_StorageDrivers_OfferWorkflowInstanceAndMemory()
    {
        var items = (await GetJsonAsync("/elsa/api/descriptors/storage-drivers"))["items"]!.AsArray();

        items.Select(item => item!["displayName"]!.GetValue<string>()).Should().Equal("Workflow Instance", "Memory");
        items[0]!["typeName"]!.GetValue<string>().Should().Be("Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core");
        items[0]!.AsObject().Select(property => property.Key).Should().Equal("typeName", "displayName", "priority", "deprecated");
    }

    [Fact]
    public async Task Get_IncidentStrategies_OfferFaultAndContinue()
    {
        var items = (await GetJsonAsync("/elsa/api/descriptors/incident-strategies"))["items"]!.AsArray();

        items.Select(item => item!["typeName"]!.GetValue<string>()).Should().Equal(
            "Elsa.Workflows.IncidentStrategies.ContinueWithIncidentsStrategy, Elsa.Workflows.Core",
            "Elsa.Workflows.IncidentStrategies.FaultStrategy, Elsa.Workflows.Core");
        items[0]!.AsObject().Select(property => property.Key).Should().Equal("typeName", "displayName", "description");
    }

    [Fact]
    public async Task Get_PackageVersion_AnswersTheElsaApiVersion()
    {
        var body = await GetJsonAsync("/elsa/api/package/version");

        body["packageVersion"]!.GetValue<string>().Should().Be("3.8.0");
    }

    private async Task<JsonObject> GetJsonAsync(string path)
    {
        using var client = factory.CreateClientWithApiKey(SecuredHostFactory.ReaderApiKey);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
