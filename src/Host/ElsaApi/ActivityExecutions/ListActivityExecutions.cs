using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Host.ElsaApi.Descriptors;

namespace PlanWorkflows.Host.ElsaApi.ActivityExecutions;

/// <summary>
/// <c>GET /activity-executions/list?WorkflowInstanceId&amp;ActivityNodeId</c> (full records) and
/// <c>GET /activity-execution-summaries/list</c> (summaries): the viewer's activity panel. Always a list, never a
/// 404: a 404 here crashes the viewer.
/// </summary>
internal static class ListActivityExecutions
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/activity-executions/list", ([AsParameters] ActivityExecutionFilter filter, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new Records(filter), cancellationToken));
        api.MapGet("/activity-execution-summaries/list", ([AsParameters] ActivityExecutionFilter filter, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new Summaries(filter), cancellationToken));
    }

    internal sealed record Records(ActivityExecutionFilter Filter) : IRequest<Ok<ListResponse<ActivityExecutionRecordResponse>>>;

    internal sealed record Summaries(ActivityExecutionFilter Filter) : IRequest<Ok<ListResponse<ActivityExecutionSummary>>>;

    internal sealed class Handler(ActivityExecutionLookup executions)
        : IRequestHandler<Records, Ok<ListResponse<ActivityExecutionRecordResponse>>>,
            IRequestHandler<Summaries, Ok<ListResponse<ActivityExecutionSummary>>>
    {
        public async ValueTask<Ok<ListResponse<ActivityExecutionRecordResponse>>> Handle(Records query, CancellationToken cancellationToken) =>
            TypedResults.Ok(new ListResponse<ActivityExecutionRecordResponse>(
                (await executions.ListAsync(query.Filter, cancellationToken)).Select(ActivityExecutionRecordResponse.From).ToList()));

        public async ValueTask<Ok<ListResponse<ActivityExecutionSummary>>> Handle(Summaries query, CancellationToken cancellationToken) =>
            TypedResults.Ok(new ListResponse<ActivityExecutionSummary>(
                (await executions.ListAsync(query.Filter, cancellationToken)).Select(ActivityExecutionSummary.From).ToList()));
    }
}
