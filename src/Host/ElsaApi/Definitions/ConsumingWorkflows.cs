using Microsoft.AspNetCore.Http.HttpResults;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>
/// Workflows used as activities by other workflows (Elsa's "consumers") do not exist here, so
/// <c>GET /workflow-definitions/{definitionId}/consumers</c> and <c>POST .../update-references</c> answer valid,
/// empty payloads for Studio.
/// </summary>
internal static class ConsumingWorkflows
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/workflow-definitions/{definitionId}/consumers", (string definitionId) =>
            TypedResults.Ok(new ConsumersResponse([])));
        api.MapPost("/workflow-definitions/{definitionId}/update-references", (string definitionId) =>
            TypedResults.Ok(new UpdateReferencesResponse([]))).RequireEditor();
    }

    internal sealed record ConsumersResponse(IReadOnlyList<string> ConsumingWorkflowDefinitionIds);

    internal sealed record UpdateReferencesResponse(IReadOnlyList<string> AffectedWorkflows);
}
