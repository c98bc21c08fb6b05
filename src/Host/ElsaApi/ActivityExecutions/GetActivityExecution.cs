using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PlanWorkflows.Host.ElsaApi.ActivityExecutions;

/// <summary>
/// <c>GET /activity-executions/by-id?id=</c> (one record) and <c>GET /activity-executions/{id}/call-stack</c> (the
/// record itself: activities run flat inside their flowchart, so the stack is one deep). Both 404 for an unknown id.
/// </summary>
internal static class GetActivityExecution
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/activity-executions/by-id", (string? id, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new ById(id ?? string.Empty), cancellationToken));
        api.MapGet("/activity-executions/{id}/call-stack", (string id, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new CallStack(id), cancellationToken));
    }

    internal sealed record ById(string Id) : IRequest<Results<Ok<ActivityExecutionRecordResponse>, NotFound>>;

    internal sealed record CallStack(string Id) : IRequest<Results<Ok<CallStackResponse>, NotFound>>;

    internal sealed record CallStackResponse(string ActivityInstanceId, IReadOnlyList<ActivityExecutionRecordResponse> Items, int TotalCount);

    internal sealed class Handler(ActivityExecutionLookup executions)
        : IRequestHandler<ById, Results<Ok<ActivityExecutionRecordResponse>, NotFound>>,
            IRequestHandler<CallStack, Results<Ok<CallStackResponse>, NotFound>>
    {
        public async ValueTask<Results<Ok<ActivityExecutionRecordResponse>, NotFound>> Handle(ById query, CancellationToken cancellationToken) =>
            await executions.FindAsync(query.Id, cancellationToken) is { } execution
                ? TypedResults.Ok(ActivityExecutionRecordResponse.From(execution))
                : TypedResults.NotFound();

        public async ValueTask<Results<Ok<CallStackResponse>, NotFound>> Handle(CallStack query, CancellationToken cancellationToken) =>
            await executions.FindAsync(query.Id, cancellationToken) is { } execution
                ? TypedResults.Ok(new CallStackResponse(query.Id, [ActivityExecutionRecordResponse.From(execution)], 1))
                : TypedResults.NotFound();
    }
}
