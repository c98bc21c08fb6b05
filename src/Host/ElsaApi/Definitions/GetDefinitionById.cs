using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary><c>GET /workflow-definitions/by-id/{id}</c>: one version by its version id (the instance viewer's call).</summary>
internal static class GetDefinitionById
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/workflow-definitions/by-id/{id}",
            (string id, ISender sender, CancellationToken cancellationToken) => sender.Send(new Query(id), cancellationToken));

    internal sealed record Query(string Id) : IRequest<Results<Ok<JsonObject>, NotFound>>;

    internal sealed class Handler(IWorkflowDefinitionService definitions, DefinitionLinker linker)
        : IRequestHandler<Query, Results<Ok<JsonObject>, NotFound>>
    {
        public async ValueTask<Results<Ok<JsonObject>, NotFound>> Handle(Query query, CancellationToken cancellationToken) =>
            await definitions.FindByIdAsync(query.Id, cancellationToken) is { } definition
                ? TypedResults.Ok(await linker.LinkAsync(definition))
                : TypedResults.NotFound();
    }
}
