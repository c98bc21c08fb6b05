using System.Net;
using System.Text.Json.Nodes;
using PlanWorkflows.Host.Tests.Auth;

namespace PlanWorkflows.Host.Tests.ElsaApi.Instances;

public sealed class InstanceEndpointsTests(SecuredHostFactory factory) : IClassFixture<SecuredHostFactory>
{
    private static readonly string[] SummaryProperties =
    [
        "id", "definitionId", "definitionVersionId", "version", "status", "subStatus", "correlationId", "name", "incidentCount",
        "createdAt", "updatedAt", "finishedAt",
    ];

    private static readonly string[] LogRecordProperties =
    [
        "id", "activityInstanceId", "parentActivityInstanceId", "activityId", "activityType", "activityTypeVersion", "activityName",
        "nodeId", "timestamp", "sequence", "eventName", "message", "source", "activityState", "payload",
    ];

    [Fact]
    public async Task List_RecordedStudioBody_ListsTheStartedInstanceAsSummary()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var started = await StartedInstances.RunToEndAsync(admin, "Listed instance");
        var body = RecordedStudioCalls.BodyOf("POST", "/workflow-instances");
        body["definitionIds"] = new JsonArray(started.DefinitionId);

        var page = await admin.PostJsonAsync("/workflow-instances", body);

        page["totalCount"]!.GetValue<long>().Should().Be(1);
        var summary = page["items"]!.AsArray().Single()!.AsObject();
        summary.Select(property => property.Key).Should().Contain(SummaryProperties);
        summary["id"]!.GetValue<string>().Should().Be(started.InstanceId);
        summary["status"]!.GetValue<string>().Should().Be("Finished");
    }

    [Fact]
    public async Task List_StatusFilterElsaOnlyKnows_MatchesNothing()
    {
        using var admin = ElsaApiClient.Admin(factory);
        await StartedInstances.RunToEndAsync(admin, "Never interrupted");
        var body = RecordedStudioCalls.BodyOf("POST", "/workflow-instances");
        body["subStatuses"] = new JsonArray("Interrupted");

        var page = await admin.PostJsonAsync("/workflow-instances", body);

        page["items"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task List_TimestampIncidentAndVersionFilters_SelectAsStudioSendsThem()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var started = await StartedInstances.RunToEndAsync(admin, "Filtered instance");
        var createdAt = (await admin.GetJsonAsync($"/workflow-instances/{started.InstanceId}"))["createdAt"]!.GetValue<DateTimeOffset>();
        JsonObject Body(string comparison, DateTimeOffset timestamp, bool hasIncidents = false) => new()
        {
            ["definitionIds"] = new JsonArray(started.DefinitionId),
            ["hasIncidents"] = hasIncidents,
            ["version"] = 1,
            ["timestampFilters"] = new JsonArray(new JsonObject { ["column"] = "CreatedAt", ["operator"] = comparison, ["timestamp"] = timestamp }),
        };

        var atOrAfter = await admin.PostJsonAsync("/workflow-instances", Body("GreaterThanOrEqual", createdAt));
        var before = await admin.PostJsonAsync("/workflow-instances", Body("LessThan", createdAt));
        var withIncidents = await admin.PostJsonAsync("/workflow-instances", Body("GreaterThanOrEqual", createdAt, hasIncidents: true));

        atOrAfter["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()).Should().Equal(started.InstanceId);
        before["items"]!.AsArray().Should().BeEmpty();
        withIncidents["items"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task List_TimestampFilterOnAnUnknownColumn_AnswersProblemNamingIt()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var body = new JsonObject
        {
            ["timestampFilters"] = new JsonArray(new JsonObject { ["column"] = "DeletedAt", ["operator"] = "Is", ["timestamp"] = "2024-12-10T00:00:00Z" }),
        };

        var problem = await ElsaApiClient.ReadProblemAsync(await admin.PostAsync("/workflow-instances", body), HttpStatusCode.BadRequest);

        problem.ToJsonString().Should().Contain("DeletedAt");
    }

    [Fact]
    public async Task Get_StartedInstance_AnswersSummaryFieldsAndWorkflowState()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var started = await StartedInstances.RunToBookmarkAsync(admin, "Viewed instance");

        var instance = await admin.GetJsonAsync($"/workflow-instances/{started.InstanceId}");

        instance.Select(property => property.Key).Should().Contain(SummaryProperties).And.Contain("workflowState");
        instance["workflowState"]!["bookmarks"]!.AsArray().Should().ContainSingle();
        instance["subStatus"]!.GetValue<string>().Should().Be("Suspended");
    }

    [Fact]
    public async Task Get_UnknownInstance_Answers404()
    {
        using var admin = ElsaApiClient.Admin(factory);

        (await admin.GetAsync("/workflow-instances/unknown")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Journal_RecordedFilterWithTheDefinitionsNodeIds_AnswersTheWriteLineRecords()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var started = await StartedInstances.RunToEndAsync(admin, "Journaled instance");
        var body = RecordedStudioCalls.BodyOf("POST", "/journal");
        var definition = await admin.GetJsonAsync($"/workflow-definitions/by-definition-id/{started.DefinitionId}?versionOptions=Published");
        var writeLineNodeId = definition["root"]!["activities"]!.AsArray().Single(activity => activity!["id"]!.GetValue<string>() == "WriteLine1")!["nodeId"]!;
        body["filter"]!["activityNodeIds"] = new JsonArray(writeLineNodeId.DeepClone());

        var page = await admin.PostJsonAsync($"/workflow-instances/{started.InstanceId}/journal?skip=0&take=110", body);

        var records = page["items"]!.AsArray().Select(record => record!.AsObject()).ToList();
        records.Should().NotBeEmpty().And.OnlyContain(record => record["activityId"]!.GetValue<string>() == "WriteLine1");
        records.Should().OnlyContain(record => record["workflowInstanceId"]!.GetValue<string>() == started.InstanceId);
        records[0].Select(property => property.Key).Should().Contain(LogRecordProperties);
        records.Should().Contain(record => record["message"] != null && record["message"]!.GetValue<string>() == StartedInstances.Text);
        page["totalCount"]!.GetValue<long>().Should().Be(records.Count);
    }

    [Fact]
    public async Task Journal_Take_PagesInSequenceOrder()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var started = await StartedInstances.RunToEndAsync(admin, "Paged journal");

        var first = await admin.GetJsonAsync($"/workflow-instances/{started.InstanceId}/journal?skip=0&take=1");
        var second = await admin.GetJsonAsync($"/workflow-instances/{started.InstanceId}/journal?skip=1&take=1");

        first["items"]!.AsArray().Should().ContainSingle();
        second["items"]![0]!["sequence"]!.GetValue<long>().Should().BeGreaterThan(first["items"]![0]!["sequence"]!.GetValue<long>());
    }

    [Fact]
    public async Task Variables_StartedInstance_AnswersItemsNamedByTheDefinition()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var started = await StartedInstances.RunToBookmarkAsync(admin, "Instance with a variable");

        var variables = await admin.GetJsonAsync($"/workflow-instances/{started.InstanceId}/variables");

        variables["count"]!.GetValue<int>().Should().Be(variables["items"]!.AsArray().Count);
        variables["items"]!.AsArray().Should().OnlyContain(item => item!["name"]!.GetValue<string>() == StartedInstances.VariableName);
    }

    [Fact]
    public async Task ExecutionState_StartedInstance_AnswersStatusSubStatusAndUpdatedAt()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var started = await StartedInstances.RunToBookmarkAsync(admin, "Polled instance");

        var state = await admin.GetJsonAsync($"/workflow-instances/{started.InstanceId}/execution-state");

        state.Select(property => property.Key).Should().BeEquivalentTo("status", "workflowSubStatus", "updatedAt");
        state["workflowSubStatus"]!.GetValue<string>().Should().Be("Suspended");
    }

    [Fact]
    public async Task Cancel_SuspendedInstance_FinishesItAsCancelled()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var started = await StartedInstances.RunToBookmarkAsync(admin, "Cancelled instance");

        var response = await admin.PostAsync($"/cancel/workflow-instances/{started.InstanceId}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var instance = await admin.GetJsonAsync($"/workflow-instances/{started.InstanceId}");
        instance["subStatus"]!.GetValue<string>().Should().Be("Cancelled");
    }

    [Fact]
    public async Task BulkCancel_OneSuspendedOneFinished_CountsOne()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var suspended = await StartedInstances.RunToBookmarkAsync(admin, "Bulk cancelled");
        var finished = await StartedInstances.RunToEndAsync(admin, "Already finished");

        var result = await admin.PostJsonAsync("/bulk-actions/cancel/workflow-instances",
            new JsonObject { ["ids"] = new JsonArray(suspended.InstanceId, finished.InstanceId) });

        result["cancelledCount"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task Delete_Instance_ThenGetAnswers404()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var started = await StartedInstances.RunToEndAsync(admin, "Deleted instance");

        var response = await admin.DeleteAsync($"/workflow-instances/{started.InstanceId}");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await admin.GetAsync($"/workflow-instances/{started.InstanceId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BulkDelete_KnownAndUnknownIds_CountsTheKnownOne()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var started = await StartedInstances.RunToEndAsync(admin, "Bulk deleted");

        var result = await admin.PostJsonAsync("/bulk-actions/delete/workflow-instances/by-id",
            new JsonObject { ["ids"] = new JsonArray(started.InstanceId, "unknown") });

        result["deletedCount"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task Delete_AsReader_Answers403()
    {
        using var admin = ElsaApiClient.Admin(factory);
        using var reader = ElsaApiClient.Reader(factory);
        var started = await StartedInstances.RunToEndAsync(admin, "Reader may not delete");

        (await reader.DeleteAsync($"/workflow-instances/{started.InstanceId}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Export_Instance_AnswersItsJsonAsAFile()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var started = await StartedInstances.RunToEndAsync(admin, "Exported instance");

        var response = await admin.GetAsync($"/workflow-instances/{started.InstanceId}/export");

        response.Content.Headers.ContentDisposition!.FileName.Should().Contain(started.InstanceId);
        (await ElsaApiClient.ReadOkAsync(response))["workflowState"].Should().NotBeNull();
    }
}
