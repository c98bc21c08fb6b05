using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>
/// <c>POST /workflow-definitions/{definitionId}/retract</c>: 404 for an unknown definition, 400 (as Elsa) when no
/// version is published.
/// </summary>
internal static class RetractDefinition
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/workflow-definitions/{definitionId}/retract", (string definitionId, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new Command(definitionId), cancellationToken)).RequireEditor();

    internal sealed record Command(string DefinitionId) : IRequest<Results<Ok<JsonObject>, NotFound, ProblemHttpResult>>;

    internal sealed class Handler(IWorkflowDefinitionService definitions, DefinitionLinker linker)
        : IRequestHandler<Command, Results<Ok<JsonObject>, NotFound, ProblemHttpResult>>
    {
        public async ValueTask<Results<Ok<JsonObject>, NotFound, ProblemHttpResult>> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await definitions.FindAsync(command.DefinitionId, VersionOptions.Latest, cancellationToken) is null)
            {
                return TypedResults.NotFound();
            }

            return await definitions.RetractAsync(command.DefinitionId, cancellationToken) is { } retracted
                ? TypedResults.Ok(await linker.LinkAsync(retracted))
                : TypedResults.Problem($"Workflow definition {command.DefinitionId} is not published.", statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
