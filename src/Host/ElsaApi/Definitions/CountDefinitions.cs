using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary><c>GET /workflow-definitions/query/count</c>: the number of definitions, as <c>{count}</c>.</summary>
internal static class CountDefinitions
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/workflow-definitions/query/count", (ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new Query(), cancellationToken));

    internal sealed record Query : IRequest<Ok<Response>>;

    internal sealed record Response(long Count);

    internal sealed class Handler(IWorkflowDefinitionService definitions) : IRequestHandler<Query, Ok<Response>>
    {
        public async ValueTask<Ok<Response>> Handle(Query query, CancellationToken cancellationToken) =>
            TypedResults.Ok(new Response(await definitions.CountAsync(cancellationToken)));
    }
}
