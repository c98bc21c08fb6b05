using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary><c>DELETE /workflow-definitions/{definitionId}</c>: every version; 404 (which Studio catches) when unknown.</summary>
internal static class DeleteDefinition
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/workflow-definitions/{definitionId}", (string definitionId, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new Command(definitionId), cancellationToken)).RequireEditor();

    internal sealed record Command(string DefinitionId) : IRequest<Results<NoContent, NotFound>>;

    internal sealed class Handler(IWorkflowDefinitionService definitions) : IRequestHandler<Command, Results<NoContent, NotFound>>
    {
        public async ValueTask<Results<NoContent, NotFound>> Handle(Command command, CancellationToken cancellationToken) =>
            await definitions.DeleteAsync(command.DefinitionId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
