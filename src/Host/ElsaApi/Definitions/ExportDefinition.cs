using System.Text;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Host.ElsaApi.Pipeline;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>
/// <c>GET /workflow-definitions/{definitionId}/export?versionOptions=</c>: the definition as an Elsa JSON file
/// (latest version unless the options say otherwise).
/// </summary>
internal static class ExportDefinition
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/workflow-definitions/{definitionId}/export",
            (string definitionId, string? versionOptions, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Query(definitionId, versionOptions), cancellationToken));

    internal sealed record Query(string DefinitionId, string? VersionOptions) : IRequest<Results<FileContentHttpResult, NotFound>>, IValidatedRequest
    {
        public VersionOptions Selection => VersionOptionsText.ParseOrLatest(VersionOptions);

        public IEnumerable<string> Validate() => VersionOptionsText.Validate(VersionOptions);
    }

    internal sealed class Handler(IWorkflowDefinitionService definitions) : IRequestHandler<Query, Results<FileContentHttpResult, NotFound>>
    {
        public async ValueTask<Results<FileContentHttpResult, NotFound>> Handle(Query query, CancellationToken cancellationToken) =>
            await definitions.ExportAsync(query.DefinitionId, query.Selection, cancellationToken) is { } json
                ? TypedResults.File(Encoding.UTF8.GetBytes(json), "application/json", $"{query.DefinitionId}.json")
                : TypedResults.NotFound();
    }
}
