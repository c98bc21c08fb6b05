using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Runtime.Instances.Queries;
using PlanWorkflows.Host.ElsaApi.Definitions;

namespace PlanWorkflows.Host.ElsaApi.Instances;

/// <summary>
/// <c>DELETE /workflow-instances/{id}</c> (204, or 404 when unknown) and
/// <c>POST /bulk-actions/delete/workflow-instances/by-id</c> <c>{ids}</c> answering Elsa's <c>{deletedCount}</c>.
/// </summary>
internal static class DeleteInstances
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapDelete("/workflow-instances/{id}", (string id, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new DeleteOne(id), cancellationToken)).RequireEditor();
        api.MapPost("/bulk-actions/delete/workflow-instances/by-id", (InstanceIdsBody body, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new DeleteMany(body.Ids ?? []), cancellationToken)).RequireEditor();
    }

    internal sealed record DeleteOne(string Id) : IRequest<Results<NoContent, NotFound>>;

    internal sealed record DeleteMany(IReadOnlyList<string> Ids) : IRequest<Ok<BulkDeleteResponse>>;

    internal sealed record BulkDeleteResponse(int DeletedCount);

    internal sealed class Handler(IWorkflowInstanceQueries instances)
        : IRequestHandler<DeleteOne, Results<NoContent, NotFound>>, IRequestHandler<DeleteMany, Ok<BulkDeleteResponse>>
    {
        public async ValueTask<Results<NoContent, NotFound>> Handle(DeleteOne command, CancellationToken cancellationToken) =>
            await instances.DeleteAsync([command.Id], cancellationToken) > 0 ? TypedResults.NoContent() : TypedResults.NotFound();

        public async ValueTask<Ok<BulkDeleteResponse>> Handle(DeleteMany command, CancellationToken cancellationToken) =>
            TypedResults.Ok(new BulkDeleteResponse(await instances.DeleteAsync(command.Ids.Distinct().ToList(), cancellationToken)));
    }
}
