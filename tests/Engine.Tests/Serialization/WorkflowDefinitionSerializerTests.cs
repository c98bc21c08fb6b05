using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Serialization;
using PlanWorkflows.Engine.Validation;
using static PlanWorkflows.Engine.Tests.TestSupport.Definitions;

namespace PlanWorkflows.Engine.Tests.Serialization;

public sealed class WorkflowDefinitionSerializerTests
{
    [Fact]
    public void Read_BareInputValues_ReadsThemAsLiteralsOfTheInputType()
    {
        var definition = ReadSample("bare-input-values.json");

        var text = definition.FindActivity("WriteLine1")!.FindInput("Text")!;
        text.TypeName.Should().Be("String");
        text.Expression.Type.Should().Be(Expression.LiteralType);
        text.Expression.Value!.GetValue<string>().Should().Be("Hello");
        definition.FindActivity("Delay1")!.FindInput("TimeSpan")!.TypeName.Should().Be("TimeSpan");
        definition.FindActivity("FlowDecision1")!.FindInput("Condition")!.Expression.Value!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public void Write_BareInputValue_WritesItWrapped()
    {
        var json = WorkflowDefinitionSerializer.ToJson(ReadSample("bare-input-values.json"));

        var text = json["root"]!["activities"]![0]!["text"]!;
        text["typeName"]!.GetValue<string>().Should().Be("String");
        text["expression"]!["type"]!.GetValue<string>().Should().Be("Literal");
        text["expression"]!["value"]!.GetValue<string>().Should().Be("Hello");
    }

    [Fact]
    public void Read_WrappedInputs_KeepsExpressionTypeAndMemoryReference()
    {
        var definition = ReadSample("wrapped-inputs-expression-types.json");

        definition.FindActivity("WriteLine2")!.FindInput("Text")!.Expression.Type.Should().Be("JavaScript");
        definition.FindActivity("WriteLine3")!.FindInput("Text")!.Expression.Type.Should().Be("Variable");
        var correlation = definition.FindActivity("Correlate1")!.FindInput("CorrelationId")!;
        correlation.Expression.Type.Should().Be("Liquid");
        correlation.MemoryReferenceId.Should().Be("Correlate1:input-1");
        definition.FindActivity("SetVariable1")!.PlainInputs["Variable"]!["id"]!.GetValue<string>().Should().Be("v000000000000001");
    }

    [Fact]
    public void Read_OutputBoundToVariable_ReadsOutputReference()
    {
        var definition = ReadSample("event-output-and-variables.json");

        definition.FindActivity("Event1")!.Outputs["Result"].Should().Be(new OutputReference("Object", "e2a94c1b0f6d3785"));
    }

    [Fact]
    public void Read_LegacyConnections_ReadsPortsAndStartAndWritesCurrentForm()
    {
        var definition = ReadSample("legacy-connections.json");

        definition.Root.Flowchart!.StartActivityId.Should().Be("Start1");
        definition.Root.Flowchart.Connections.Select(c => (c.Source, c.Target)).Should().Equal(
            (new Endpoint("Start1", "Done"), new Endpoint("WriteLine1", "In")),
            (new Endpoint("WriteLine1", "Done"), new Endpoint("End1", "In")));
        var written = WorkflowDefinitionSerializer.ToJson(definition)["root"]!["connections"]![0]!;
        written["source"]!["activity"]!.GetValue<string>().Should().Be("Start1");
        written["sourcePort"].Should().BeNull();
    }

    [Fact]
    public void Read_UnknownActivityType_KeepsOriginalJsonParksConnectionsAndReportsIt()
    {
        var text = File.ReadAllText(SamplePath("unknown-activity-type.json"));

        var result = Serializer().Read(text);

        var placeholder = result.Definition.FindActivity("Approve1")!;
        placeholder.MissingType!.TypeName.Should().Be("Gov.ApprovalTask");
        result.Diagnostics.Should().ContainSingle(d => d.ActivityId == "Approve1" && d.Message.Contains("Gov.ApprovalTask"));
        result.Definition.Root.Flowchart!.Connections.Should().BeEmpty();
        result.Definition.Root.Flowchart.NotFoundConnections.Should().HaveCount(2);
        var original = JsonNode.Parse(text)!["root"]!["activities"]![1];
        var written = WorkflowDefinitionSerializer.ToJson(result.Definition)["root"]!;
        JsonNode.DeepEquals(written["activities"]![1], original).Should().BeTrue();
        written["connections"]!.AsArray().Should().HaveCount(2);
    }

    [Fact]
    public void Read_ParkedConnectionsWhoseActivitiesAreKnown_RestoresThem()
    {
        var json = JsonNode.Parse(File.ReadAllText(SamplePath("designer-metadata.json")))!.AsObject();
        var connections = json["root"]!["connections"]!;
        json["root"]!["customProperties"]!["notFoundConnections"] = connections.DeepClone();
        json["root"]!["connections"] = new JsonArray();

        var flowchart = Serializer().Read(json).Definition.Root.Flowchart!;

        flowchart.Connections.Should().ContainSingle(c => c.Source.Activity == "Start1" && c.Target.Activity == "End1");
        flowchart.NotFoundConnections.Should().BeEmpty();
    }

    [Fact]
    public void Read_UnknownProperties_KeepsThemOnDefinitionActivityVariableAndOptions()
    {
        var definition = ReadSample("unknown-extra-properties.json");

        definition.UnknownProperties.Select(p => p.Key).Should().BeEquivalentTo("$schema", "usableAsActivity", "materializerName", "links");
        definition.FindActivity("WriteLine1")!.UnknownProperties.Select(p => p.Key)
            .Should().BeEquivalentTo("futureInputLikeThing", "source", "line", "runAsynchronously");
        definition.Variables[0].UnknownProperties!.Keys.Should().Equal("futureField");
        definition.Options!.UnknownProperties!.Keys.Should().Equal("futureOption");
    }

    [Fact]
    public void Read_PascalCaseInputName_TreatsItAsUnknownBecauseNamesAreCaseSensitive()
    {
        var json = JsonNode.Parse("""{"id":"d","definitionId":"d","root":{"id":"F","type":"Elsa.Flowchart","activities":[{"id":"W","type":"Elsa.WriteLine","Text":"x"}]}}""")!;

        var node = Serializer().Read(json.AsObject()).Definition.FindActivity("W")!;

        node.Inputs.Should().BeEmpty();
        node.UnknownProperties.Select(p => p.Key).Should().Equal("Text");
    }

    [Fact]
    public void Read_NestedFlowchart_RecomputesStaleNodeIdsFromTheRoot()
    {
        var definition = ReadSample("nested-flowchart.json");

        definition.FindActivity("Workflow1:Outer:Inner:WriteLine1")!.FindInput("Text")!.Expression.Value!.GetValue<string>().Should().Be("inside");
        definition.FindActivity("Workflow1:Outer:WriteLine1")!.FindInput("Text")!.Expression.Value!.GetValue<string>().Should().Be("after");
        definition.FindActivity("Workflow1:Outer:Inner")!.Flowchart!.Variables.Should().ContainSingle(v => v.Name == "Local");
    }

    [Fact]
    public void Read_MissingIds_GeneratesSixteenHexCharacterIds()
    {
        var definition = Serializer().Read("""{"root":{"type":"Elsa.Flowchart","activities":[{"type":"Elsa.Start"}]}}""").Definition;

        new[] { definition.Id, definition.DefinitionId, definition.Root.Id, definition.Root.Children[0].Id }
            .Should().OnlyContain(id => id.Length == 16 && id.All(char.IsAsciiHexDigitLower)).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Read_MalformedJson_ThrowsWithLineAndPosition()
    {
        var read = () => Serializer().Read("{\n  \"id\": \"x\",\n  \"root\": {,\n}");

        read.Should().Throw<DefinitionValidationException>()
            .Which.Errors.Should().ContainSingle(e => e.Message.StartsWith("Malformed JSON at line 3, position", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ActivityWithoutType_ThrowsNamingTheActivity()
    {
        var read = () => Serializer().Read("""{"root":{"id":"F","type":"Elsa.Flowchart","activities":[{"id":"Nameless"}]}}""");

        read.Should().Throw<DefinitionValidationException>().WithMessage("*'Nameless'*'type'*");
    }

    [Fact]
    public void Write_Definition_UsesCamelCaseAndStringsForEverything()
    {
        var text = WorkflowDefinitionSerializer.Write(ReadSample("options.json"));

        text.Should().Contain("\"autoUpdateConsumingWorkflows\": true").And.Contain("\"definitionId\": \"a5b2c3d4e5f60700\"");
    }
}
