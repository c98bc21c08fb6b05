using System.Net;
using PlanWorkflows.Host.Tests.Auth;

namespace PlanWorkflows.Host.Tests.ElsaApi.Instances;

public sealed class ExecuteWorkflowDefinitionTests(SecuredHostFactory factory) : IClassFixture<SecuredHostFactory>
{
    private static readonly string[] WorkflowStateProperties =
    [
        "id", "definitionId", "definitionVersion", "correlationId", "status", "subStatus", "bookmarks", "incidents", "fault",
        "completionCallbacks", "activityExecutionContexts", "input", "output", "properties", "createdAt", "updatedAt", "finishedAt",
    ];

    [Fact]
    public async Task Execute_RecordedStudioBody_Answers200WithInstanceHeaderAndFinishedState()
    {
        using var admin = ElsaApiClient.Admin(factory);

        var started = await StartedInstances.RunToEndAsync(admin, "Execute to the end");

        var state = started.ExecuteResponse["workflowState"]!.AsObject();
        state.Select(property => property.Key).Should().Contain(WorkflowStateProperties);
        state["id"]!.GetValue<string>().Should().Be(started.InstanceId);
        state["definitionId"]!.GetValue<string>().Should().Be(started.DefinitionId);
        state["status"]!.GetValue<string>().Should().Be("Finished");
        state["subStatus"]!.GetValue<string>().Should().Be("Finished");
    }

    [Fact]
    public async Task Execute_EmptyBody_StartsThePublishedVersion()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var definitionId = await StartedInstances.PublishToEndAsync(admin, "Execute without body");

        using var response = await admin.Http.PostAsync(new Uri($"/elsa/api/workflow-definitions/{definitionId}/execute", UriKind.Relative), content: null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("x-elsa-workflow-instance-id").Single().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Execute_SuspendingWorkflow_AnswersSuspendedStateWithItsBookmark()
    {
        using var admin = ElsaApiClient.Admin(factory);

        var started = await StartedInstances.RunToBookmarkAsync(admin, "Execute to a bookmark");

        var state = started.ExecuteResponse["workflowState"]!;
        state["subStatus"]!.GetValue<string>().Should().Be("Suspended");
        state["bookmarks"]!.AsArray().Should().ContainSingle().Which!["name"]!.GetValue<string>().Should().Be("Elsa.Event");
        state["activityExecutionContexts"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Execute_DraftOnlyDefinitionWithoutVersionOptions_Answers404()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var draft = await admin.CreateAsync("Never published run");

        var response = await admin.PostAsync($"/workflow-definitions/{draft["definitionId"]}/execute", new System.Text.Json.Nodes.JsonObject());

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Execute_AsReader_Answers403()
    {
        using var admin = ElsaApiClient.Admin(factory);
        using var reader = ElsaApiClient.Reader(factory);
        var definitionId = await StartedInstances.PublishToEndAsync(admin, "Reader may not run");

        var response = await reader.PostAsync($"/workflow-definitions/{definitionId}/execute", StartedInstances.ExecuteBody());

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
