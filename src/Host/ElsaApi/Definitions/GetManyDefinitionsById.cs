using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Host.ElsaApi.Descriptors;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary><c>GET /workflow-definitions/many-by-id?ids=</c>: several versions by version id, as <c>{items, count}</c>.</summary>
internal static class GetManyDefinitionsById
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/workflow-definitions/many-by-id",
            (string[]? ids, ISender sender, CancellationToken cancellationToken) => sender.Send(new Query(ids ?? []), cancellationToken));

    internal sealed record Query(IReadOnlyCollection<string> Ids) : IRequest<Ok<ListResponse<JsonObject>>>;

    internal sealed class Handler(IWorkflowDefinitionService definitions, DefinitionLinker linker)
        : IRequestHandler<Query, Ok<ListResponse<JsonObject>>>
    {
        public async ValueTask<Ok<ListResponse<JsonObject>>> Handle(Query query, CancellationToken cancellationToken)
        {
            var found = query.Ids.Count == 0 ? [] : await definitions.FindManyByIdAsync(query.Ids, cancellationToken);
            return TypedResults.Ok(new ListResponse<JsonObject>(await linker.LinkAsync(found)));
        }
    }
}
