using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Activities.Core;
using PlanWorkflows.Engine.Runtime.Bookmarks;
using PlanWorkflows.Engine.Tests.Runtime.Execution.Support;
using static PlanWorkflows.Engine.Tests.Runtime.Execution.Support.FlowchartBuilder;

namespace PlanWorkflows.Engine.Tests.Activities;

public sealed class PrimitiveActivityTests
{
    [Fact]
    public async Task WriteLine_Text_PrintsAndJournalsIt()
    {
        var driver = new WorkflowDriver();

        await driver.StartAsync(new FlowchartBuilder().WriteLine("Write1", "Xin chào").Build());

        driver.Output.Lines.Should().Equal("Xin chào");
        driver.Journal.Should().Contain(entry => entry.EventName == "WriteLine" && entry.Message == "Xin chào" && entry.ActivityId == "Write1");
    }

    [Fact]
    public async Task SetVariable_Int32Variable_StoresTheConvertedValue()
    {
        var definition = new FlowchartBuilder()
            .Variable("v1", "Count", "Int32", "0")
            .Activity("Set1", "Elsa.SetVariable", new()
            {
                ["variable"] = new JsonObject { ["id"] = "v1", ["name"] = "Count", ["typeName"] = "Int32" },
                ["value"] = Literal("Object", "41"),
            })
            .Build();
        var driver = new WorkflowDriver();

        await driver.StartAsync(definition);

        driver.State.Variables["v1"]!.GetValue<int>().Should().Be(41);
    }

    [Fact]
    public async Task Event_ResumedWithPayload_WritesThePayloadToTheResultVariable()
    {
        var definition = new FlowchartBuilder()
            .Variable("v1", "Decision", "Object")
            .Activity("Event1", "Elsa.Event", new()
            {
                ["eventName"] = Literal("String", "approve"),
                ["result"] = new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "v1" } },
            })
            .Build();
        var driver = new WorkflowDriver();
        var started = await driver.StartAsync(definition);

        var payload = new JsonObject { [EventBookmarkPayload.PayloadInputKey] = new JsonObject { ["approvedBy"] = "Phòng LĐTBXH" } };
        var resumed = await driver.ResumeAsync("Event1", payload);

        started.CreatedBookmarks.Should().ContainSingle().Which.Hash.Should().Be(StimulusHasher.Hash("Elsa.Event", new EventBookmarkPayload("approve")));
        driver.State.Variables["v1"]!["approvedBy"]!.GetValue<string>().Should().Be("Phòng LĐTBXH");
        resumed.ActivityExecutions.Should().ContainSingle(execution => execution.ActivityId == "Event1")
            .Which.Outputs!["Result"]!["approvedBy"]!.GetValue<string>().Should().Be("Phòng LĐTBXH");
    }

    [Fact]
    public async Task Correlate_Value_SetsTheInstanceCorrelationId()
    {
        var definition = new FlowchartBuilder()
            .Activity("Correlate1", "Elsa.Correlate", new() { ["correlationId"] = Literal("String", "plan-42") }).Event("Event1", "next")
            .Chain("Correlate1", "Event1")
            .Build();
        var driver = new WorkflowDriver();

        var result = await driver.StartAsync(definition);

        driver.State.CorrelationId.Should().Be("plan-42");
        result.CreatedBookmarks.Should().ContainSingle().Which.CorrelationId.Should().Be("plan-42");
    }
}
