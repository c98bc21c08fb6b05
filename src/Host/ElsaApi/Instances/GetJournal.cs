using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Runtime.Instances.Queries;
using PlanWorkflows.Host.ElsaApi.Definitions;
using PlanWorkflows.Host.ElsaApi.Pipeline;

namespace PlanWorkflows.Host.ElsaApi.Instances;

/// <summary>
/// <c>POST /workflow-instances/{id}/journal?skip&amp;take</c> with <c>{filter: {activityNodeIds, excludedActivityTypes}}</c>
/// (the viewer's journal; also <c>activityIds</c> and <c>eventNames</c>) and the unfiltered <c>GET</c>. As in Elsa, a
/// filter that is absent matches every line and an empty list matches none.
/// </summary>
internal static class GetJournal
{
    private const string Route = "/workflow-instances/{id}/journal";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost(Route, (string id, int? skip, int? take, JournalBody? body, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new Query(id, skip, take, body?.Filter), cancellationToken));
        api.MapGet(Route, (string id, int? skip, int? take, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new Query(id, skip, take, Filter: null), cancellationToken));
    }

    internal sealed record JournalBody(JournalFilter? Filter);

    internal sealed record JournalFilter(
        IReadOnlyList<string>? ActivityNodeIds,
        IReadOnlyList<string>? ExcludedActivityTypes,
        IReadOnlyList<string>? ActivityIds,
        IReadOnlyList<string>? EventNames);

    internal sealed record Query(string Id, int? Skip, int? Take, JournalFilter? Filter)
        : IRequest<Ok<PagedListResponse<WorkflowExecutionLogRecord>>>, IValidatedRequest
    {
        public IEnumerable<string> Validate() =>
            (Skip < 0 ? ["skip must not be negative."] : Array.Empty<string>())
                .Concat(Take < 0 ? ["take must not be negative."] : []);
    }

    internal sealed class Handler(IWorkflowInstanceQueries instances) : IRequestHandler<Query, Ok<PagedListResponse<WorkflowExecutionLogRecord>>>
    {
        public async ValueTask<Ok<PagedListResponse<WorkflowExecutionLogRecord>>> Handle(Query query, CancellationToken cancellationToken)
        {
            var page = await instances.JournalAsync(new JournalQuery(query.Id)
            {
                NodeIds = query.Filter?.ActivityNodeIds,
                ActivityIds = query.Filter?.ActivityIds,
                EventNames = query.Filter?.EventNames,
                ExcludedActivityTypes = query.Filter?.ExcludedActivityTypes,
                Skip = query.Skip ?? 0,
                Take = query.Take,
            }, cancellationToken);
            return TypedResults.Ok(new PagedListResponse<WorkflowExecutionLogRecord>(
                page.Items.Select(WorkflowExecutionLogRecord.From).ToList(), page.TotalCount, []));
        }
    }
}
