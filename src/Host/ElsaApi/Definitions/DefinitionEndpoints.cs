using PlanWorkflows.Host.Auth;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>The workflow-definition part of <c>/elsa/api</c>: reads need <c>ElsaApi.Read</c>, writes <c>ElsaApi.Write</c>.</summary>
internal static class DefinitionEndpoints
{
    public static IEndpointRouteBuilder MapElsaDefinitionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/elsa/api").RequireAuthorization(AuthPolicies.ElsaApiRead).WithTags("Elsa workflow definitions");
        ListDefinitions.Map(api);
        CountDefinitions.Map(api);
        IsNameUnique.Map(api);
        GetDefinitionByDefinitionId.Map(api);
        GetDefinitionById.Map(api);
        GetManyDefinitionsById.Map(api);
        ExportDefinition.Map(api);
        ConsumingWorkflows.Map(api);
        SaveDefinition.Map(api);
        ImportDefinition.Map(api);
        ImportDefinitionFiles.Map(api);
        PublishDefinition.Map(api);
        RetractDefinition.Map(api);
        RevertDefinition.Map(api);
        DeleteDefinition.Map(api);
        DeleteDefinitionVersion.Map(api);
        BulkPublishDefinitions.Map(api);
        BulkRetractDefinitions.Map(api);
        BulkDeleteDefinitions.Map(api);
        ExecuteWorkflowDefinition.Map(api);
        BulkExportDefinitions.Map(api);
        return endpoints;
    }

    /// <summary>Writes need <c>ElsaApi.Write</c>; a read-only caller gets 403.</summary>
    public static RouteHandlerBuilder RequireEditor(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(AuthPolicies.ElsaApiWrite);
}
