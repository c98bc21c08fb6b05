using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Host.Auth;

namespace PlanWorkflows.Host.Studio;

/// <summary>The host pages: definition list, designer, instance list and instance viewer.</summary>
internal static class StudioPageEndpoints
{
    private const string HtmlContentType = "text/html; charset=utf-8";

    public static IEndpointRouteBuilder MapStudioPages(this IEndpointRouteBuilder endpoints)
    {
        var pages = endpoints.MapGroup(StudioBundle.RequestPath)
            .RequireAuthorization(AuthPolicies.ElsaApiRead)
            .ExcludeFromDescription();
        pages.MapGet("/", ([AsParameters] StudioPageRequest request) => Page(request, StudioView.DefinitionList));
        pages.MapGet("/definitions/{definitionId}", ([AsParameters] StudioPageRequest request, string definitionId) =>
            Page(request, StudioView.DefinitionEditor(definitionId)));
        pages.MapGet("/instances", ([AsParameters] StudioPageRequest request) => Page(request, StudioView.InstanceList));
        pages.MapGet("/instances/{instanceId}", ([AsParameters] StudioPageRequest request, string instanceId) =>
            Page(request, StudioView.InstanceViewer(instanceId)));
        return endpoints;
    }

    private static ContentHttpResult Page(StudioPageRequest request, StudioView view)
    {
        request.Context.Response.Headers.CacheControl = StudioResponseHeaders.Revalidate;
        return request.Bundle.IsInstalled
            ? TypedResults.Content(StudioHostPage.Render(view, request.RemoteEndpoint, request.Chrome()), HtmlContentType)
            : TypedResults.Content(StudioMissingBundlePage.Render(request.Bundle), HtmlContentType,
                statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
