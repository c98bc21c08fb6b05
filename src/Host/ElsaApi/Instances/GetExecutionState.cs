using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Runtime.Instances.Queries;

namespace PlanWorkflows.Host.ElsaApi.Instances;

/// <summary><c>GET /workflow-instances/{id}/execution-state</c>: what the viewer polls every two seconds.</summary>
internal static class GetExecutionState
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/workflow-instances/{id}/execution-state", (string id, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new Query(id), cancellationToken));

    internal sealed record Query(string Id) : IRequest<Results<Ok<ExecutionStateResponse>, NotFound>>;

    internal sealed class Handler(IWorkflowInstanceQueries instances) : IRequestHandler<Query, Results<Ok<ExecutionStateResponse>, NotFound>>
    {
        public async ValueTask<Results<Ok<ExecutionStateResponse>, NotFound>> Handle(Query query, CancellationToken cancellationToken) =>
            await instances.FindAsync(query.Id, cancellationToken) is { } instance
                ? TypedResults.Ok(new ExecutionStateResponse(instance.Status, instance.SubStatus, instance.UpdatedAt))
                : TypedResults.NotFound();
    }
}
