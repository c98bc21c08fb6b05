using static PlanWorkflows.Engine.Tests.TestSupport.Definitions;

namespace PlanWorkflows.Engine.Tests.Definitions;

public sealed class WorkflowDefinitionTests
{
    [Fact]
    public void FindActivity_ByNodeIdOrId_FindsNestedActivities()
    {
        var definition = ReadSample("nested-flowchart.json");

        definition.FindActivity("Workflow1:Outer:Inner:End1")!.Type.Should().Be("Elsa.End");
        definition.FindActivity("Inner")!.NodeId.Should().Be("Workflow1:Outer:Inner");
        definition.FindActivity("Nowhere").Should().BeNull();
    }

    [Fact]
    public void FindContainer_NestedActivity_ReturnsItsFlowchart()
    {
        var definition = ReadSample("nested-flowchart.json");

        definition.FindContainer("Workflow1:Outer:Inner:WriteLine1")!.Id.Should().Be("Inner");
        definition.FindContainer(definition.Root.NodeId).Should().BeNull();
    }

    [Fact]
    public void AllActivities_NestedFlowchart_ListsEveryActivityDepthFirst()
    {
        var definition = ReadSample("nested-flowchart.json");

        definition.AllActivities().Select(node => node.NodeId).Should().Equal(
            "Workflow1:Outer", "Workflow1:Outer:Start1", "Workflow1:Outer:Inner", "Workflow1:Outer:Inner:WriteLine1",
            "Workflow1:Outer:Inner:End1", "Workflow1:Outer:WriteLine1");
    }

    [Fact]
    public void InboundAndOutboundConnections_OfAJoin_ListTheRightConnections()
    {
        var flowchart = ReadSample("fork-decision-join.json").Root.Flowchart!;

        flowchart.InboundConnections("Join1").Select(c => c.Source.Activity).Should().Equal("Decision1", "Delay1");
        flowchart.OutboundConnections("Fork1").Select(c => c.Source.Port).Should().Equal("Lead", "Coordinate");
        flowchart.FindActivity("End1")!.Type.Should().Be("Elsa.End");
    }
}
