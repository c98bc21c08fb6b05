using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>
/// <c>POST /bulk-actions/delete/workflow-definitions/by-definition-id</c> (whole definitions) and
/// <c>.../by-id</c> (versions): answers Elsa's <c>{deleted}</c>.
/// </summary>
internal static class BulkDeleteDefinitions
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/bulk-actions/delete/workflow-definitions/by-definition-id",
            (DefinitionIdsBody body, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new ByDefinitionIds(body.DefinitionIds ?? []), cancellationToken)).RequireEditor();
        api.MapPost("/bulk-actions/delete/workflow-definitions/by-id",
            (VersionIdsBody body, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new ByVersionIds(body.Ids ?? []), cancellationToken)).RequireEditor();
    }

    internal sealed record ByDefinitionIds(IReadOnlyList<string> DefinitionIds) : IRequest<Ok<Response>>;

    internal sealed record ByVersionIds(IReadOnlyList<string> Ids) : IRequest<Ok<Response>>;

    internal sealed record VersionIdsBody(IReadOnlyList<string>? Ids);

    internal sealed record Response(long Deleted);

    internal sealed class Handler(IWorkflowDefinitionService definitions)
        : IRequestHandler<ByDefinitionIds, Ok<Response>>, IRequestHandler<ByVersionIds, Ok<Response>>
    {
        public ValueTask<Ok<Response>> Handle(ByDefinitionIds command, CancellationToken cancellationToken) =>
            CountDeletedAsync(command.DefinitionIds, definitions.DeleteAsync, cancellationToken);

        public ValueTask<Ok<Response>> Handle(ByVersionIds command, CancellationToken cancellationToken) =>
            CountDeletedAsync(command.Ids, definitions.DeleteVersionAsync, cancellationToken);

        private static async ValueTask<Ok<Response>> CountDeletedAsync(
            IEnumerable<string> ids, Func<string, CancellationToken, Task<bool>> delete, CancellationToken cancellationToken)
        {
            var deleted = 0;
            foreach (var id in ids.Distinct())
            {
                deleted += await delete(id, cancellationToken) ? 1 : 0;
            }

            return TypedResults.Ok(new Response(deleted));
        }
    }
}
