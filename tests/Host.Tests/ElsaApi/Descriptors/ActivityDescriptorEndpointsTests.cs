using System.Text.Json.Nodes;
using PlanWorkflows.Host.Tests.Auth;

namespace PlanWorkflows.Host.Tests.ElsaApi.Descriptors;

public sealed class ActivityDescriptorEndpointsTests(SecuredHostFactory factory) : IClassFixture<SecuredHostFactory>
{
    [Fact]
    public async Task GetActivities_AsStudioCallsIt_AnswersRegistryDescriptorsInElsaShape()
    {
        using var reader = ElsaApiClient.Reader(factory);

        var body = await reader.GetJsonAsync("/descriptors/activities?Refresh=True");

        var items = body["items"]!.AsArray();
        body["count"]!.GetValue<int>().Should().Be(items.Count);
        items.Select(item => item!["typeName"]!.GetValue<string>()).Should().Contain(["Elsa.Flowchart", "Elsa.Start", "Elsa.WriteLine", "Elsa.FlowDecision"]);
        var writeLine = items.Single(item => item!["typeName"]!.GetValue<string>() == "Elsa.WriteLine")!.AsObject();
        writeLine.Select(property => property.Key).Should().Contain(
            ["typeName", "namespace", "name", "version", "category", "displayName", "kind", "inputs", "outputs", "ports",
             "customProperties", "constructionProperties", "isContainer", "isBrowsable", "isStart", "isTerminal"]);
        writeLine["kind"]!.GetValue<string>().Should().Be("Action", "enums are written as strings");
        writeLine["ports"]![0]!["type"]!.GetValue<string>().Should().Be("Flow");
    }

    [Fact]
    public async Task PostActivityInputOptions_AnyInput_AnswersEmptyItems()
    {
        using var reader = ElsaApiClient.Reader(factory);

        var body = await reader.PostJsonAsync("/descriptors/activities/Elsa.WriteLine/options/Text", new JsonObject());

        body["items"]!.AsObject().Should().BeEmpty();
    }

    [Fact]
    public async Task GetOutputConverters_AnyTypes_AnswersEmptyList()
    {
        using var reader = ElsaApiClient.Reader(factory);

        var body = await reader.GetJsonAsync("/descriptors/output-converters?sourceType=String&destinationType=Object");

        body["items"]!.AsArray().Should().BeEmpty();
        body["count"]!.GetValue<int>().Should().Be(0);
    }
}
