using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Serialization;
using PlanWorkflows.Engine.Tests.TestSupport;

namespace PlanWorkflows.Engine.Tests.Serialization;

public sealed class WorkflowDefinitionRoundTripTests
{
    public static TheoryData<string> Files => TestSupport.Definitions.AllFiles();

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadWriteRead_AnyDefinitionFile_WritesSemanticallyEqualJson(string path)
    {
        var original = JsonNode.Parse(File.ReadAllText(path))!;

        var written = WorkflowDefinitionSerializer.ToJson(TestSupport.Definitions.Serializer().Read(original.AsObject()).Definition);

        var expected = JsonNormalizer.Normalize(original);
        var actual = JsonNormalizer.Normalize(written);
        if (Path.GetFileName(path) != "bare-input-values.json")
        {
            JsonNode.DeepEquals(expected, actual).Should().BeTrue(
                "the written JSON should equal the original after normalisation.\nExpected: {0}\nActual: {1}",
                expected!.ToJsonString(), actual!.ToJsonString());
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadWriteRead_AnyDefinitionFile_SecondWriteEqualsFirst(string path)
    {
        var serializer = TestSupport.Definitions.Serializer();

        var first = WorkflowDefinitionSerializer.ToJson(serializer.Read(File.ReadAllText(path)).Definition);
        var second = WorkflowDefinitionSerializer.ToJson(serializer.Read(first.ToJsonString()).Definition);

        JsonNode.DeepEquals(first, second).Should().BeTrue(second.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_AnyDefinitionFile_RecomputesNodeIdsAsColonPaths(string path)
    {
        var definition = TestSupport.Definitions.Serializer().Read(File.ReadAllText(path)).Definition;

        definition.Root.NodeId.Should().Be($"Workflow1:{definition.Root.Id}");
        AssertChildNodeIds(definition.Root);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_SharedFixtureOrSample_ReportsNoDiagnosticsExceptForTheUnknownType(string path)
    {
        var result = TestSupport.Definitions.Serializer().Read(File.ReadAllText(path));

        var expected = Path.GetFileName(path) == "unknown-activity-type.json" ? 1 : 0;
        result.Diagnostics.Should().HaveCount(expected);
    }

    private static void AssertChildNodeIds(ActivityNode parent)
    {
        foreach (var child in parent.Children)
        {
            child.NodeId.Should().Be($"{parent.NodeId}:{child.Id}");
            AssertChildNodeIds(child);
        }
    }
}
