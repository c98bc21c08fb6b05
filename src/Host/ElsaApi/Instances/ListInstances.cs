using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Instances.Queries;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Host.ElsaApi.Definitions;
using PlanWorkflows.Host.ElsaApi.Pipeline;

namespace PlanWorkflows.Host.ElsaApi.Instances;

/// <summary>
/// <c>POST /workflow-instances</c> with Elsa's <c>ListWorkflowInstancesRequest</c>: the instance list. Statuses
/// are read as text so an Elsa status we never produce (<c>Interrupted</c>) matches nothing instead of failing;
/// a timestamp filter on a column other than <c>CreatedAt</c>, <c>UpdatedAt</c> or <c>FinishedAt</c> is refused.
/// </summary>
internal static class ListInstances
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/workflow-instances", (Query? query, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(query ?? new Query(), cancellationToken));

    internal sealed record Query : IRequest<Ok<PagedListResponse<WorkflowInstanceSummary>>>, IValidatedRequest
    {
        public int? Page { get; init; }
        public int? PageSize { get; init; }
        public string? SearchTerm { get; init; }
        public string? DefinitionId { get; init; }
        public IReadOnlyList<string>? DefinitionIds { get; init; }
        public string? CorrelationId { get; init; }
        public string? Status { get; init; }
        public IReadOnlyList<string>? Statuses { get; init; }
        public string? SubStatus { get; init; }
        public IReadOnlyList<string>? SubStatuses { get; init; }
        public string? OrderBy { get; init; }
        public OrderDirection? OrderDirection { get; init; }
        public bool? HasIncidents { get; init; }
        public int? Version { get; init; }
        public IReadOnlyList<TimestampFilter>? TimestampFilters { get; init; }

        public IEnumerable<string> Validate() =>
            (Page < 0 ? ["page must not be negative."] : Array.Empty<string>())
                .Concat(PageSize < 0 ? ["pageSize must not be negative."] : [])
                .Concat((TimestampFilters ?? [])
                    .Where(filter => !Enum.TryParse<InstanceTimestamp>(filter.Column, ignoreCase: true, out _))
                    .Select(filter => $"timestampFilters: '{filter.Column}' is not a column; use CreatedAt, UpdatedAt or FinishedAt."));

        public WorkflowInstanceQuery ToRuntimeQuery() => new()
        {
            DefinitionIds = NonEmpty([.. DefinitionIds ?? [], .. DefinitionId is null ? Array.Empty<string>() : [DefinitionId]]),
            Statuses = Parsed<WorkflowStatus>(Status, Statuses),
            SubStatuses = Parsed<WorkflowSubStatus>(SubStatus, SubStatuses),
            CorrelationId = string.IsNullOrWhiteSpace(CorrelationId) ? null : CorrelationId,
            HasIncidents = HasIncidents,
            Version = Version,
            TimestampFilters = TimestampFilters?
                .Select(filter => new InstanceTimestampFilter(Enum.Parse<InstanceTimestamp>(filter.Column, ignoreCase: true), filter.Operator, filter.Timestamp))
                .ToList(),
            SearchTerm = SearchTerm,
            Page = Page,
            PageSize = PageSize,
            OrderBy = OrderBy switch
            {
                "LastExecuted" or "UpdatedAt" => WorkflowInstanceOrderBy.UpdatedAt,
                "Finished" or "FinishedAt" => WorkflowInstanceOrderBy.FinishedAt,
                _ => WorkflowInstanceOrderBy.CreatedAt,
            },
            OrderDirection = OrderDirection ?? Engine.Persistence.OrderDirection.Descending,
        };

        private static IReadOnlyCollection<string>? NonEmpty(IReadOnlyCollection<string> values) => values.Count > 0 ? values : null;

        private static IReadOnlyCollection<TStatus>? Parsed<TStatus>(string? single, IReadOnlyList<string>? many)
            where TStatus : struct, Enum
        {
            var texts = NonEmpty([.. many ?? [], .. single is null ? Array.Empty<string>() : [single]]);
            return texts?.Select(text => Enum.TryParse<TStatus>(text, ignoreCase: true, out var status) ? status : (TStatus?)null)
                .OfType<TStatus>()
                .ToList();
        }
    }

    /// <summary>Elsa's <c>TimestampFilter</c>: an instance column, an operator and an instant.</summary>
    internal sealed record TimestampFilter(string Column, TimestampComparison Operator, DateTimeOffset Timestamp);

    internal sealed class Handler(IWorkflowInstanceQueries instances)
        : IRequestHandler<Query, Ok<PagedListResponse<WorkflowInstanceSummary>>>
    {
        public async ValueTask<Ok<PagedListResponse<WorkflowInstanceSummary>>> Handle(Query query, CancellationToken cancellationToken)
        {
            var page = await instances.ListAsync(query.ToRuntimeQuery(), cancellationToken);
            return TypedResults.Ok(new PagedListResponse<WorkflowInstanceSummary>(
                page.Items.Select(WorkflowInstanceSummary.From).ToList(), page.TotalCount, []));
        }
    }
}
