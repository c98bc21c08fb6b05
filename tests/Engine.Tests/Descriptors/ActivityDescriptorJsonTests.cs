using System.Text.Json;
using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Serialization;

namespace PlanWorkflows.Engine.Tests.Descriptors;

public sealed class ActivityDescriptorJsonTests
{
    private static JsonObject DescriptorJson(string typeName) =>
        JsonSerializer.SerializeToNode(ActivityRegistry.CreateDefault().Find(typeName), ElsaJson.Options)!.AsObject();

    [Fact]
    public void Serialize_Descriptor_HasEveryFieldStudioReadsAndNothingElse()
    {
        var json = DescriptorJson("Elsa.FlowJoin");

        json.Select(p => p.Key).Should().BeEquivalentTo(
            "typeName", "namespace", "name", "version", "category", "displayName", "description", "kind", "inputs", "outputs",
            "ports", "customProperties", "constructionProperties", "isContainer", "isBrowsable", "isStart", "isTerminal");
        json["typeName"]!.GetValue<string>().Should().Be("Elsa.FlowJoin");
        json["kind"]!.GetValue<string>().Should().Be("Action");
    }

    [Fact]
    public void Serialize_InputDescriptor_HasEveryInputDescriptorField()
    {
        var input = DescriptorJson("Elsa.FlowJoin")["inputs"]![0]!.AsObject();

        input.Select(p => p.Key).Should().BeEquivalentTo(
            "name", "typeName", "displayName", "description", "order", "isBrowsable", "isSerializable", "isSynthetic", "isWrapped",
            "uiHint", "category", "defaultValue", "defaultSyntax", "isReadOnly", "isSensitive", "storageDriverType", "autoEvaluate",
            "uiSpecifications");
        input["uiHint"]!.GetValue<string>().Should().Be("dropdown");
        input["defaultSyntax"]!.GetValue<string>().Should().Be("Literal");
    }

    [Fact]
    public void Serialize_Ports_UseElsaPortShapeWithStringType()
    {
        var port = DescriptorJson("Elsa.FlowDecision")["ports"]![0]!;

        JsonNode.DeepEquals(port, JsonNode.Parse("""{"name":"True","displayName":"True","type":"Flow","isBrowsable":true}""")).Should().BeTrue();
    }

    [Fact]
    public void Serialize_OutputDescriptor_HasOutputFields()
    {
        var output = DescriptorJson("Elsa.Event")["outputs"]![0]!.AsObject();

        output.Select(p => p.Key).Should().BeEquivalentTo(
            "name", "typeName", "displayName", "description", "order", "isBrowsable", "isSerializable", "isSynthetic");
    }
}
