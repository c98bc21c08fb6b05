using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Runtime.Instances.Queries;

namespace PlanWorkflows.Host.ElsaApi.Instances;

/// <summary><c>GET /workflow-instances/{id}</c>: the instance with its <c>workflowState</c> (the viewer's first call).</summary>
internal static class GetInstance
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/workflow-instances/{id}", (string id, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new Query(id), cancellationToken));

    internal sealed record Query(string Id) : IRequest<Results<Ok<WorkflowInstanceResponse>, NotFound>>;

    internal sealed class Handler(IWorkflowInstanceQueries instances) : IRequestHandler<Query, Results<Ok<WorkflowInstanceResponse>, NotFound>>
    {
        public async ValueTask<Results<Ok<WorkflowInstanceResponse>, NotFound>> Handle(Query query, CancellationToken cancellationToken) =>
            await instances.FindStateAsync(query.Id, cancellationToken) is { } state
                ? TypedResults.Ok(WorkflowInstanceResponse.From(state))
                : TypedResults.NotFound();
    }
}
