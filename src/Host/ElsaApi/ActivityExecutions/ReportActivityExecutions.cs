using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Runtime.Instances.Queries;

namespace PlanWorkflows.Host.ElsaApi.ActivityExecutions;

/// <summary><c>POST /activity-executions/report</c> <c>{workflowInstanceId, activityNodeIds}</c> → <c>{stats}</c>, one entry per node that ran.</summary>
internal static class ReportActivityExecutions
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/activity-executions/report", (Query query, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(query, cancellationToken));

    internal sealed record Query(string? WorkflowInstanceId, IReadOnlyList<string>? ActivityNodeIds) : IRequest<Ok<Response>>;

    internal sealed record Response(IReadOnlyList<ActivityExecutionStatsResponse> Stats);

    internal sealed class Handler(IWorkflowInstanceQueries instances) : IRequestHandler<Query, Ok<Response>>
    {
        public async ValueTask<Ok<Response>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (string.IsNullOrEmpty(query.WorkflowInstanceId))
            {
                return TypedResults.Ok(new Response([]));
            }

            var stats = await instances.ActivityExecutionStatsAsync(query.WorkflowInstanceId, query.ActivityNodeIds, cancellationToken);
            return TypedResults.Ok(new Response(stats.Select(ActivityExecutionStatsResponse.From).ToList()));
        }
    }
}
