using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Runtime.Instances.Queries;
using PlanWorkflows.Host.ElsaApi.Descriptors;

namespace PlanWorkflows.Host.ElsaApi.Instances;

/// <summary>
/// <c>GET /workflow-instances/{id}/variables</c>: the instance's variable values, named by its definition version
/// (a value whose variable is no longer declared keeps its id as name).
/// </summary>
internal static class GetInstanceVariables
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/workflow-instances/{id}/variables", (string id, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new Query(id), cancellationToken));

    internal sealed record Query(string Id) : IRequest<Results<Ok<ListResponse<ResolvedVariable>>, NotFound>>;

    internal sealed class Handler(IWorkflowInstanceQueries instances, IWorkflowDefinitionService definitions)
        : IRequestHandler<Query, Results<Ok<ListResponse<ResolvedVariable>>, NotFound>>
    {
        public async ValueTask<Results<Ok<ListResponse<ResolvedVariable>>, NotFound>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (await instances.FindStateAsync(query.Id, cancellationToken) is not { } state)
            {
                return TypedResults.NotFound();
            }

            var definition = await definitions.FindByIdAsync(state.DefinitionVersionId, cancellationToken);
            var names = definition?.Variables.ToDictionary(variable => variable.Id, variable => variable.Name) ?? [];
            var variables = state.Variables
                .Select(variable => new ResolvedVariable(variable.Key, names.GetValueOrDefault(variable.Key, variable.Key), variable.Value?.DeepClone()))
                .ToList();
            return TypedResults.Ok(new ListResponse<ResolvedVariable>(variables));
        }
    }
}
