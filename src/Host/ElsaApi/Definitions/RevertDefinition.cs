using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>
/// <c>POST /workflow-definitions/{definitionId}/revert/{version}</c>: copies a version into a new latest draft and
/// answers 201 with its summary, as Elsa does.
/// </summary>
internal static class RevertDefinition
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/workflow-definitions/{definitionId}/revert/{version:int}",
            (string definitionId, int version, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Command(definitionId, version), cancellationToken)).RequireEditor();

    internal sealed record Command(string DefinitionId, int Version) : IRequest<Results<Created<WorkflowDefinitionSummary>, NotFound>>;

    internal sealed class Handler(IWorkflowDefinitionService definitions)
        : IRequestHandler<Command, Results<Created<WorkflowDefinitionSummary>, NotFound>>
    {
        public async ValueTask<Results<Created<WorkflowDefinitionSummary>, NotFound>> Handle(Command command, CancellationToken cancellationToken) =>
            command.Version > 0 && await definitions.RevertAsync(command.DefinitionId, command.Version, cancellationToken) is { } reverted
                ? TypedResults.Created($"/elsa/api/workflow-definitions/by-id/{reverted.Id}", reverted)
                : TypedResults.NotFound();
    }
}
