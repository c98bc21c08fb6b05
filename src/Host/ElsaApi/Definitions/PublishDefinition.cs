using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary><c>POST /workflow-definitions/{definitionId}/publish</c>: the definition list's row action.</summary>
internal static class PublishDefinition
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/workflow-definitions/{definitionId}/publish", (string definitionId, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new Command(definitionId), cancellationToken)).RequireEditor();

    internal sealed record Command(string DefinitionId) : IRequest<Results<Ok<JsonObject>, NotFound>>;

    internal sealed class Handler(IWorkflowDefinitionService definitions, DefinitionLinker linker)
        : IRequestHandler<Command, Results<Ok<JsonObject>, NotFound>>
    {
        public async ValueTask<Results<Ok<JsonObject>, NotFound>> Handle(Command command, CancellationToken cancellationToken) =>
            await definitions.PublishAsync(command.DefinitionId, cancellationToken) is { } published
                ? TypedResults.Ok(await linker.LinkAsync(published))
                : TypedResults.NotFound();
    }
}
