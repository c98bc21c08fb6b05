using System.Net;
using System.Text.Json.Nodes;
using PlanWorkflows.Host.Tests.Auth;
using PlanWorkflows.Host.Tests.ElsaApi.Instances;

namespace PlanWorkflows.Host.Tests.ElsaApi.ActivityExecutions;

public sealed class ActivityExecutionEndpointsTests(SecuredHostFactory factory) : IClassFixture<SecuredHostFactory>
{
    private static readonly string[] SummaryProperties =
    [
        "id", "workflowInstanceId", "activityId", "activityNodeId", "activityType", "activityTypeVersion", "activityName", "startedAt",
        "hasBookmarks", "metadata", "status", "completedAt",
    ];

    private static readonly string[] StatsProperties =
        ["activityId", "activityNodeId", "startedCount", "completedCount", "uncompletedCount", "isBlocked", "isFaulted", "metadata"];

    [Fact]
    public async Task Summaries_StartedInstance_AnswerOnePerActivityRunInElsaShape()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var started = await StartedInstances.RunToEndAsync(admin, "Summarised executions");

        var list = await admin.GetJsonAsync($"/activity-execution-summaries/list?WorkflowInstanceId={started.InstanceId}");

        var items = list["items"]!.AsArray();
        list["count"]!.GetValue<int>().Should().Be(items.Count);
        items.Should().Contain(item => item!["activityId"]!.GetValue<string>() == "WriteLine1");
        items[0]!.AsObject().Select(property => property.Key).Should().Contain(SummaryProperties);
        items.Should().OnlyContain(item => item!["workflowInstanceId"]!.GetValue<string>() == started.InstanceId);
    }

    [Fact]
    public async Task List_OneNode_AnswersOnlyThatNodesRecords()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var started = await StartedInstances.RunToEndAsync(admin, "Listed executions");
        var all = await admin.GetJsonAsync($"/activity-executions/list?WorkflowInstanceId={started.InstanceId}");
        var nodeId = all["items"]!.AsArray().First(item => item!["activityId"]!.GetValue<string>() == "WriteLine1")!["activityNodeId"]!.GetValue<string>();

        var list = await admin.GetJsonAsync($"/activity-executions/list?WorkflowInstanceId={started.InstanceId}&ActivityNodeId={Uri.EscapeDataString(nodeId)}");

        list["items"]!.AsArray().Should().ContainSingle().Which!["status"]!.GetValue<string>().Should().Be("Completed");
    }

    [Fact]
    public async Task List_UnknownInstance_AnswersAnEmptyListNot404()
    {
        using var admin = ElsaApiClient.Admin(factory);

        var list = await admin.GetJsonAsync("/activity-executions/list?WorkflowInstanceId=unknown&ActivityNodeId=Workflow1%3AFlowchart1");

        list["items"]!.AsArray().Should().BeEmpty();
        list["count"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Report_RecordedBodyForASuspendedInstance_MarksTheWaitingNodeBlocked()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var started = await StartedInstances.RunToBookmarkAsync(admin, "Reported executions");
        var body = RecordedStudioCalls.BodyOf("POST", "/activity-executions/report");
        body["workflowInstanceId"] = started.InstanceId;
        body["activityNodeIds"] = null;

        var report = await admin.PostJsonAsync("/activity-executions/report", body);

        var stats = report["stats"]!.AsArray().Select(entry => entry!.AsObject()).ToList();
        stats.Should().NotBeEmpty();
        stats[0].Select(property => property.Key).Should().Contain(StatsProperties);
        stats.Single(entry => entry["activityId"]!.GetValue<string>() == "Event1")["isBlocked"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task ByIdAndCallStack_KnownExecution_AnswerTheRecord()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var started = await StartedInstances.RunToEndAsync(admin, "Execution by id");
        var list = await admin.GetJsonAsync($"/activity-executions/list?WorkflowInstanceId={started.InstanceId}");
        var id = list["items"]![0]!["id"]!.GetValue<string>();

        var record = await admin.GetJsonAsync($"/activity-executions/by-id?id={id}");
        var callStack = await admin.GetJsonAsync($"/activity-executions/{id}/call-stack");

        record["id"]!.GetValue<string>().Should().Be(id);
        callStack["items"]!.AsArray().Should().ContainSingle().Which!["id"]!.GetValue<string>().Should().Be(id);
    }

    [Fact]
    public async Task ById_UnknownExecution_Answers404()
    {
        using var admin = ElsaApiClient.Admin(factory);

        (await admin.GetAsync("/activity-executions/by-id?id=unknown")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Report_NoInstanceId_AnswersEmptyStats()
    {
        using var admin = ElsaApiClient.Admin(factory);

        var report = await admin.PostJsonAsync("/activity-executions/report", new JsonObject());

        report["stats"]!.AsArray().Should().BeEmpty();
    }
}
