using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Host.ElsaApi.Pipeline;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>
/// <c>GET /workflow-definitions</c>: the definition list, the "Published version" column, the instance list's
/// definition names and the version history, with the list's links.
/// </summary>
internal static class ListDefinitions
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/workflow-definitions",
            ([AsParameters] Query query, ISender sender, CancellationToken cancellationToken) => sender.Send(query, cancellationToken));

    internal sealed record Query : IRequest<Ok<PagedListResponse<LinkedDefinitionSummary>>>, IValidatedRequest
    {
        public string? VersionOptions { get; init; }
        public string[]? DefinitionIds { get; init; }
        public string[]? Ids { get; init; }
        public string? SearchTerm { get; init; }
        public bool? IsSystem { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
        public WorkflowDefinitionOrderBy? OrderBy { get; init; }
        public OrderDirection? OrderDirection { get; init; }

        public IEnumerable<string> Validate() =>
            VersionOptionsText.Validate(VersionOptions)
                .Concat(Page < 0 ? ["Page must not be negative."] : [])
                .Concat(PageSize < 0 ? ["PageSize must not be negative."] : []);

        public WorkflowDefinitionQuery ToStoreQuery() => new()
        {
            VersionOptions = Engine.Persistence.WorkflowDefinitions.VersionOptions.Parse(VersionOptions),
            DefinitionIds = DefinitionIds is { Length: > 0 } ? DefinitionIds : null,
            Ids = Ids is { Length: > 0 } ? Ids : null,
            SearchTerm = string.IsNullOrWhiteSpace(SearchTerm) ? null : SearchTerm,
            IsSystem = IsSystem,
            Page = Page,
            PageSize = PageSize,
            OrderBy = OrderBy ?? WorkflowDefinitionOrderBy.Name,
            OrderDirection = OrderDirection,
        };
    }

    internal sealed class Handler(IWorkflowDefinitionService definitions, DefinitionLinker linker)
        : IRequestHandler<Query, Ok<PagedListResponse<LinkedDefinitionSummary>>>
    {
        public async ValueTask<Ok<PagedListResponse<LinkedDefinitionSummary>>> Handle(Query query, CancellationToken cancellationToken)
        {
            var page = await definitions.ListAsync(query.ToStoreQuery(), cancellationToken);
            return TypedResults.Ok(await linker.LinkAsync(page.Items, page.TotalCount));
        }
    }
}
