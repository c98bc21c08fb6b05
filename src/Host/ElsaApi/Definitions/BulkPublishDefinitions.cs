using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary><c>POST /bulk-actions/publish/workflow-definitions/by-definition-ids</c>: the list's bulk publish.</summary>
internal static class BulkPublishDefinitions
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/bulk-actions/publish/workflow-definitions/by-definition-ids",
            (DefinitionIdsBody body, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Command(body.DefinitionIds ?? []), cancellationToken)).RequireEditor();

    internal sealed record Command(IReadOnlyList<string> DefinitionIds) : IRequest<Ok<Response>>;

    /// <summary>Elsa's bulk publish response; nothing here consumes other workflows, so nothing is skipped or updated.</summary>
    internal sealed record Response(
        IReadOnlyList<string> Published, IReadOnlyList<string> AlreadyPublished, IReadOnlyList<string> NotFound,
        IReadOnlyList<string> Skipped, IReadOnlyList<string> UpdatedConsumers);

    internal sealed class Handler(IWorkflowDefinitionService definitions) : IRequestHandler<Command, Ok<Response>>
    {
        public async ValueTask<Ok<Response>> Handle(Command command, CancellationToken cancellationToken)
        {
            List<string> published = [], alreadyPublished = [], notFound = [];
            foreach (var definitionId in command.DefinitionIds.Distinct())
            {
                var latest = await definitions.FindAsync(definitionId, VersionOptions.Latest, cancellationToken);
                var outcome = latest switch
                {
                    null => notFound,
                    { IsPublished: true } => alreadyPublished,
                    _ => published,
                };
                if (outcome == published)
                {
                    await definitions.PublishAsync(definitionId, cancellationToken);
                }

                outcome.Add(definitionId);
            }

            return TypedResults.Ok(new Response(published, alreadyPublished, notFound, Skipped: [], UpdatedConsumers: []));
        }
    }
}
