using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Tests.Runtime.Execution;

public sealed class ExecutionStateDocumentTests
{
    private static readonly DateTimeOffset Started = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));

    /// <summary>Written by the serializer-based document of earlier releases: escaped '+' in dates, explicit nulls.</summary>
    private const string EarlierReleaseDocument = """
        {"activities":[
          {"id":"a1","nodeId":"Workflow1:flow","parentId":null,"status":"Running","activityState":{"variables":{"v1":3}},
           "outputs":{},"viaBackwardConnection":false,"startedAt":"2026-03-02T08:00:00\u002B07:00","completedAt":null},
          {"id":"a2","nodeId":"Workflow1:flow:step1","parentId":"a1","status":"Running","activityState":{},
           "outputs":{"Result":"x"},"viaBackwardConnection":true,"startedAt":"2026-03-02T08:00:00\u002B07:00","completedAt":null}]}
        """;

    [Fact]
    public void Read_DocumentOfAnEarlierRelease_GivesItsInstances()
    {
        var instances = ExecutionStateDocument.Read(JsonNode.Parse(EarlierReleaseDocument)!.AsObject());

        instances.Select(instance => instance.Id).Should().Equal("a1", "a2");
        instances[0].ParentId.Should().BeNull();
        instances[0].ActivityState["variables"]!["v1"]!.GetValue<int>().Should().Be(3);
        instances[0].StartedAt.Should().Be(Started);
        instances[1].ParentId.Should().Be("a1");
        instances[1].ViaBackwardConnection.Should().BeTrue();
        instances[1].Outputs["Result"]!.GetValue<string>().Should().Be("x");
        instances[1].CompletedAt.Should().BeNull();
    }

    [Fact]
    public void Write_ThenRead_GivesEqualInstances()
    {
        var instance = new ActivityInstance
        {
            Id = "a1",
            NodeId = "Workflow1:flow",
            Status = ActivityStatus.Running,
            ActivityState = new JsonObject { ["flowScope"] = new JsonObject { ["activityVisits"] = new JsonObject { ["step1"] = 1 } } },
            StartedAt = Started,
            CompletedAt = Started.AddMinutes(1),
        };

        var read = ExecutionStateDocument.Read(JsonNode.Parse(ExecutionStateDocument.Write([instance]).ToJsonString())!.AsObject()).Single();

        read.Should().BeEquivalentTo(instance, options => options.Excluding(item => item.ActivityState).Excluding(item => item.Outputs));
        read.ActivityState.ToJsonString().Should().Be(instance.ActivityState.ToJsonString());
    }

    [Fact]
    public void Write_KeepsTheInstanceStateApartFromTheDocument()
    {
        var instance = new ActivityInstance { Id = "a1", NodeId = "Workflow1:flow" };

        var document = ExecutionStateDocument.Write([instance]);
        instance.ActivityState["later"] = 1;

        document.ToJsonString().Should().NotContain("later");
    }

    [Fact]
    public void Read_EmptyState_GivesNoInstances() => ExecutionStateDocument.Read([]).Should().BeEmpty();
}
