using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>
/// <c>POST /workflow-definitions/import</c> with a full definition JSON: saved under its definition id (a new one
/// when it has none) and published; 201 for a new definition.
/// </summary>
internal static class ImportDefinition
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/workflow-definitions/import", (JsonObject definition, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new Command(definition), cancellationToken)).RequireEditor();

    internal sealed record Command(JsonObject Definition) : IRequest<Results<Ok<JsonObject>, Created<JsonObject>>>;

    internal sealed class Handler(IWorkflowDefinitionService definitions, DefinitionLinker linker)
        : IRequestHandler<Command, Results<Ok<JsonObject>, Created<JsonObject>>>
    {
        public async ValueTask<Results<Ok<JsonObject>, Created<JsonObject>>> Handle(Command command, CancellationToken cancellationToken)
        {
            var imported = await definitions.ImportAsync(command.Definition.ToJsonString(), cancellationToken);
            var linked = await linker.LinkAsync(imported.Definition);
            return imported.IsNew
                ? TypedResults.Created($"/elsa/api/workflow-definitions/by-definition-id/{imported.Definition.DefinitionId}", linked)
                : TypedResults.Ok(linked);
        }
    }
}
