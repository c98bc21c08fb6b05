using System.Runtime.CompilerServices;
using System.Text;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Host.ElsaApi.Downloads;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>
/// <c>POST /bulk-actions/export/workflow-definitions</c> <c>{ids}</c> (version ids) or <c>{definitionIds}</c>: the
/// definition list's bulk export, a zip of Elsa JSON files; unknown ids are skipped.
/// </summary>
internal static class BulkExportDefinitions
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/bulk-actions/export/workflow-definitions", (Command command, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(command, cancellationToken));

    internal sealed record Command(IReadOnlyList<string>? Ids, IReadOnlyList<string>? DefinitionIds) : IRequest<FileContentHttpResult>;

    internal sealed class Handler(IWorkflowDefinitionService definitions) : IRequestHandler<Command, FileContentHttpResult>
    {
        public async ValueTask<FileContentHttpResult> Handle(Command command, CancellationToken cancellationToken)
        {
            var byVersionId = await definitions.FindManyByIdAsync(command.Ids ?? [], cancellationToken);
            var definitionIds = byVersionId.Select(definition => definition.DefinitionId).Concat(command.DefinitionIds ?? []).Distinct();
            return await ZipDownload.CreateAsync(ExportEachAsync(definitionIds, cancellationToken), "workflow-definitions.zip", cancellationToken);
        }

        private async IAsyncEnumerable<JsonFile> ExportEachAsync(
            IEnumerable<string> definitionIds, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var definitionId in definitionIds)
            {
                if (await definitions.ExportAsync(definitionId, VersionOptions.Latest, cancellationToken) is { } json)
                {
                    yield return new JsonFile($"{definitionId}.json", Encoding.UTF8.GetBytes(json));
                }
            }
        }
    }
}
