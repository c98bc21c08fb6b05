using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Host.ElsaApi.Pipeline;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary><c>GET /workflow-definitions/by-definition-id/{definitionId}?versionOptions=</c>: the designer's first call.</summary>
internal static class GetDefinitionByDefinitionId
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/workflow-definitions/by-definition-id/{definitionId}",
            (string definitionId, string? versionOptions, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Query(definitionId, versionOptions), cancellationToken));

    internal sealed record Query(string DefinitionId, string? VersionOptions) : IRequest<Results<Ok<JsonObject>, NotFound>>, IValidatedRequest
    {
        public VersionOptions Selection => VersionOptionsText.ParseOrLatest(VersionOptions);

        public IEnumerable<string> Validate() => VersionOptionsText.Validate(VersionOptions);
    }

    internal sealed class Handler(IWorkflowDefinitionService definitions, DefinitionLinker linker)
        : IRequestHandler<Query, Results<Ok<JsonObject>, NotFound>>
    {
        public async ValueTask<Results<Ok<JsonObject>, NotFound>> Handle(Query query, CancellationToken cancellationToken) =>
            await definitions.FindAsync(query.DefinitionId, query.Selection, cancellationToken) is { } definition
                ? TypedResults.Ok(await linker.LinkAsync(definition))
                : TypedResults.NotFound();
    }
}
