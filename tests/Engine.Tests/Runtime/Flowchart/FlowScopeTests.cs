using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Runtime.Flowchart;

namespace PlanWorkflows.Engine.Tests.Runtime.Flowchart;

public sealed class FlowScopeTests
{
    private static readonly Connection StepOneToTwo = new(new Endpoint("step1", "Done"), new Endpoint("step2", "In"));

    [Fact]
    public void Save_ThenLoadFromStoredText_KeepsTheCounters()
    {
        var scope = new FlowScope();
        scope.VisitActivity("step1");
        scope.VisitConnection(StepOneToTwo, followed: true);
        var activityState = new JsonObject();

        scope.Save(activityState);
        var loaded = FlowScope.Load(JsonNode.Parse(activityState.ToJsonString())!.AsObject());

        loaded.ActivityVisits.Should().Equal(scope.ActivityVisits);
        loaded.ConnectionVisits.Should().Equal(scope.ConnectionVisits);
        loaded.ConnectionFollowed.Should().Equal(scope.ConnectionFollowed);
    }

    [Fact]
    public void Save_WritesElsaCounterNames()
    {
        var scope = new FlowScope();
        scope.VisitConnection(StepOneToTwo, followed: false);
        var activityState = new JsonObject();

        scope.Save(activityState);

        activityState.ToJsonString().Should().Be(
            """{"flowScope":{"activityVisits":{},"connectionVisits":{"step1:Done -\u003E step2:In":1},"connectionFollowed":{"step1:Done -\u003E step2:In":false}}}""");
    }

    [Fact]
    public void Load_NoStoredScope_StartsEmpty() => FlowScope.Load([]).ActivityVisits.Should().BeEmpty();
}
