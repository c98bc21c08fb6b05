using System.IO.Compression;
using System.Net.Mime;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using PlanWorkflows.Engine.Runtime.Instances.Queries;
using PlanWorkflows.Host.ElsaApi.Definitions;

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
                ? TypedResults.File(json, MediaTypeNames.Application.Json, $"workflow-instance-{query.Id}.json")
                : TypedResults.NotFound();

        public async ValueTask<FileContentHttpResult> Handle(ExportMany query, CancellationToken cancellationToken)
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var id in query.Ids.Distinct())
                {
                    if (await ExportAsync(id, cancellationToken) is { } json)
                    {
                        await using var entry = zip.CreateEntry($"workflow-instance-{id}.json").Open();
                        await entry.WriteAsync(json, cancellationToken);
                    }
                }
            }

            return TypedResults.File(buffer.ToArray(), MediaTypeNames.Application.Zip, "workflow-instances.zip");
        }

        private async Task<byte[]?> ExportAsync(string id, CancellationToken cancellationToken) =>
            await instances.FindStateAsync(id, cancellationToken) is { } state
                ? JsonSerializer.SerializeToUtf8Bytes(WorkflowInstanceResponse.From(state), jsonOptions.Value.SerializerOptions)
                : null;
    }
}
