using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Host.ElsaApi.Pipeline;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary><c>GET /workflow-definitions/validation/is-name-unique?name=&amp;definitionId=</c>, called on every rename.</summary>
internal static class IsNameUnique
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/workflow-definitions/validation/is-name-unique",
            (string? name, string? definitionId, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Query(name ?? string.Empty, definitionId), cancellationToken));

    internal sealed record Query(string Name, string? DefinitionId) : IRequest<Ok<Response>>, IValidatedRequest
    {
        public IEnumerable<string> Validate() => string.IsNullOrWhiteSpace(Name) ? ["name is required."] : [];
    }

    internal sealed record Response(bool IsUnique);

    internal sealed class Handler(IWorkflowDefinitionService definitions) : IRequestHandler<Query, Ok<Response>>
    {
        public async ValueTask<Ok<Response>> Handle(Query query, CancellationToken cancellationToken) =>
            TypedResults.Ok(new Response(await definitions.IsNameUniqueAsync(query.Name.Trim(), query.DefinitionId, cancellationToken)));
    }
}
