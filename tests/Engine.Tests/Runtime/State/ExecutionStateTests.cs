using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Persistence;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Tests.Runtime.State;

public sealed class ExecutionStateTests
{
    private static readonly DateTimeOffset Started = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));

    /// <summary>
    /// Stored by earlier releases, whose executor wrote its document by hand or with the serializer: escaped '+' in
    /// dates, explicit nulls. Instances suspended then must continue after an upgrade.
    /// </summary>
    private const string EarlierReleaseState = """
        {"id":"i1","definitionId":"d1","definitionVersionId":"v1","executionState":{"activities":[
          {"id":"a1","nodeId":"Workflow1:flow","parentId":null,"status":"Running","activityState":{"variables":{"v1":3}},
           "outputs":{},"viaBackwardConnection":false,"startedAt":"2026-03-02T08:00:00\u002B07:00","completedAt":null},
          {"id":"a2","nodeId":"Workflow1:flow:step1","parentId":"a1","status":"Running","activityState":{},
           "outputs":{"Result":"x"},"viaBackwardConnection":true,"startedAt":"2026-03-02T08:00:00\u002B07:00","completedAt":null}]}}
        """;

    [Fact]
    public void DeserializeState_StateOfAnEarlierRelease_GivesItsRunningActivities()
    {
        var activities = RuntimeJson.DeserializeState(EarlierReleaseState).ExecutionState.Activities;

        activities.Select(activity => activity.Id).Should().Equal("a1", "a2");
        activities[0].ParentId.Should().BeNull();
        activities[0].Status.Should().Be(ActivityStatus.Running);
        activities[0].ActivityState["variables"]!["v1"]!.GetValue<int>().Should().Be(3);
        activities[0].StartedAt.Should().Be(Started);
        activities[1].ParentId.Should().Be("a1");
        activities[1].ViaBackwardConnection.Should().BeTrue();
        activities[1].Outputs["Result"]!.GetValue<string>().Should().Be("x");
        activities[1].CompletedAt.Should().BeNull();
    }

    [Fact]
    public void Serialize_ThenDeserialize_GivesEqualActivities()
    {
        var activity = new ActivityInstance
        {
            Id = "a1",
            NodeId = "Workflow1:flow",
            Status = ActivityStatus.Canceled,
            ActivityState = new JsonObject { ["flowScope"] = new JsonObject { ["activityVisits"] = new JsonObject { ["step1"] = 1 } } },
            StartedAt = Started,
            CompletedAt = Started.AddMinutes(1),
        };
        var state = new WorkflowState
        {
            Id = "i1", DefinitionId = "d1", DefinitionVersionId = "v1",
            ExecutionState = new ExecutionState { Activities = [activity.ToState()] },
        };

        var read = ActivityInstance.From(RuntimeJson.DeserializeState(RuntimeJson.Serialize(state)).ExecutionState.Activities.Single());

        read.Should().BeEquivalentTo(activity, options => options.Excluding(item => item.ActivityState).Excluding(item => item.Outputs));
        read.ActivityState.ToJsonString().Should().Be(activity.ActivityState.ToJsonString());
    }

    [Fact]
    public void From_ChangesToTheContinuedActivity_LeaveTheStoredOneAlone()
    {
        var stored = new ActivityExecutionContextState { Id = "a1", NodeId = "Workflow1:flow", Outputs = new JsonObject { ["Result"] = 1 } };

        var continued = ActivityInstance.From(stored);
        continued.ActivityState["later"] = 1;
        continued.Outputs["Result"] = 2;

        stored.ActivityState.Should().BeEmpty();
        stored.Outputs["Result"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public void DeserializeState_NoExecutionState_GivesNoActivities() =>
        RuntimeJson.DeserializeState("""{"id":"i1","definitionId":"d1","definitionVersionId":"v1"}""").ExecutionState.Activities.Should().BeEmpty();
}
