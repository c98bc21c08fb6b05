using System.Net.Mime;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using PlanWorkflows.Engine.Runtime.Instances.Queries;
using PlanWorkflows.Host.ElsaApi.Definitions;
using PlanWorkflows.Host.ElsaApi.Downloads;

namespace PlanWorkflows.Host.ElsaApi.Instances;

/// <summary>
/// <c>GET /workflow-instances/{id}/export</c> (one instance as a JSON file) and
/// <c>POST /bulk-actions/export/workflow-instances</c> <c>{ids}</c> (a zip of them). Importing instances
/// (<c>POST /bulk-actions/import/workflow-instances</c>) is refused with a 400: instances are only created by running.
/// </summary>
internal static class ExportInstances
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/workflow-instances/{id}/export", (string id, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new ExportOne(id), cancellationToken));
        api.MapPost("/bulk-actions/export/workflow-instances", (InstanceIdsBody body, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new ExportMany(body.Ids ?? []), cancellationToken));
        api.MapPost("/bulk-actions/import/workflow-instances", () => TypedResults.Problem(
            "Instances are created by running a workflow.", statusCode: StatusCodes.Status400BadRequest, title: "Importing workflow instances is not supported."))
            .RequireEditor();
    }

    internal sealed record ExportOne(string Id) : IRequest<Results<FileContentHttpResult, NotFound>>;

    internal sealed record ExportMany(IReadOnlyList<string> Ids) : IRequest<FileContentHttpResult>;

    internal sealed class Handler(IWorkflowInstanceQueries instances, IOptions<JsonOptions> jsonOptions)
        : IRequestHandler<ExportOne, Results<FileContentHttpResult, NotFound>>, IRequestHandler<ExportMany, FileContentHttpResult>
    {
        public async ValueTask<Results<FileContentHttpResult, NotFound>> Handle(ExportOne query, CancellationToken cancellationToken) =>
            await ExportAsync(query.Id, cancellationToken) is { } json
                ? TypedResults.File(json, MediaTypeNames.Application.Json, FileName(query.Id))
                : TypedResults.NotFound();

        public async ValueTask<FileContentHttpResult> Handle(ExportMany query, CancellationToken cancellationToken) =>
            await ZipDownload.CreateAsync(ExportEachAsync(query.Ids.Distinct(), cancellationToken), "workflow-instances.zip", cancellationToken);

        private async IAsyncEnumerable<JsonFile> ExportEachAsync(IEnumerable<string> ids, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var id in ids)
            {
                if (await ExportAsync(id, cancellationToken) is { } json)
                {
                    yield return new JsonFile(FileName(id), json);
                }
            }
        }

        private async Task<byte[]?> ExportAsync(string id, CancellationToken cancellationToken) =>
            await instances.FindStateAsync(id, cancellationToken) is { } state
                ? JsonSerializer.SerializeToUtf8Bytes(WorkflowInstanceResponse.From(state), jsonOptions.Value.SerializerOptions)
                : null;

        private static string FileName(string id) => $"workflow-instance-{id}.json";
    }
}
