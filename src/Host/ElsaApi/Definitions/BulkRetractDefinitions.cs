using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary><c>POST /bulk-actions/retract/workflow-definitions/by-definition-ids</c>: the list's bulk retract.</summary>
internal static class BulkRetractDefinitions
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/bulk-actions/retract/workflow-definitions/by-definition-ids",
            (DefinitionIdsBody body, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Command(body.DefinitionIds ?? []), cancellationToken)).RequireEditor();

    internal sealed record Command(IReadOnlyList<string> DefinitionIds) : IRequest<Ok<Response>>;

    /// <summary>Elsa's bulk retract response.</summary>
    internal sealed record Response(
        IReadOnlyList<string> Retracted, IReadOnlyList<string> AlreadyRetracted, IReadOnlyList<string> NotFound, IReadOnlyList<string> Skipped);

    internal sealed class Handler(IWorkflowDefinitionService definitions) : IRequestHandler<Command, Ok<Response>>
    {
        public async ValueTask<Ok<Response>> Handle(Command command, CancellationToken cancellationToken)
        {
            List<string> retracted = [], alreadyRetracted = [], notFound = [];
            foreach (var definitionId in command.DefinitionIds.Distinct())
            {
                if (await definitions.FindAsync(definitionId, VersionOptions.Latest, cancellationToken) is null)
                {
                    notFound.Add(definitionId);
                }
                else
                {
                    var outcome = await definitions.RetractAsync(definitionId, cancellationToken) is null ? alreadyRetracted : retracted;
                    outcome.Add(definitionId);
                }
            }

            return TypedResults.Ok(new Response(retracted, alreadyRetracted, notFound, Skipped: []));
        }
    }
}
