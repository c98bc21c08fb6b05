using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary><c>DELETE /workflow-definition-versions/{id}</c>: one version from the version history tab.</summary>
internal static class DeleteDefinitionVersion
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/workflow-definition-versions/{id}", (string id, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new Command(id), cancellationToken)).RequireEditor();

    internal sealed record Command(string Id) : IRequest<Results<NoContent, NotFound>>;

    internal sealed class Handler(IWorkflowDefinitionService definitions) : IRequestHandler<Command, Results<NoContent, NotFound>>
    {
        public async ValueTask<Results<NoContent, NotFound>> Handle(Command command, CancellationToken cancellationToken) =>
            await definitions.DeleteVersionAsync(command.Id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
