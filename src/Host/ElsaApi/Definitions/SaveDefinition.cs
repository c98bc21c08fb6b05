using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Host.ElsaApi.Pipeline;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>
/// <c>POST /workflow-definitions</c> with <c>{model, publish}</c>: Studio's auto-save, publish button and "Create
/// workflow". A new definition gets a server-assigned definition id and answers 201.
/// </summary>
internal static class SaveDefinition
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/workflow-definitions", (Command command, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(command, cancellationToken)).RequireEditor();

    internal sealed record Command(JsonObject? Model, bool? Publish) : IRequest<Results<Ok<Response>, Created<Response>>>, IValidatedRequest
    {
        public IEnumerable<string> Validate() => Model is null ? ["model is required."] : [];
    }

    /// <summary>Elsa's <c>SaveWorkflowDefinitionResponse</c>.</summary>
    internal sealed record Response(JsonObject WorkflowDefinition, bool AlreadyPublished, int ConsumingWorkflowCount);

    internal sealed class Handler(IWorkflowDefinitionService definitions, DefinitionLinker linker)
        : IRequestHandler<Command, Results<Ok<Response>, Created<Response>>>
    {
        public async ValueTask<Results<Ok<Response>, Created<Response>>> Handle(Command command, CancellationToken cancellationToken)
        {
            var save = new WorkflowDefinitionSave { Model = command.Model!, Publish = command.Publish == true };
            var saved = await definitions.SaveAsync(save, cancellationToken);
            var response = new Response(await linker.LinkAsync(saved.Definition), AlreadyPublished: false, ConsumingWorkflowCount: 0);
            return saved.IsNew
                ? TypedResults.Created($"/elsa/api/workflow-definitions/by-definition-id/{saved.Definition.DefinitionId}", response)
                : TypedResults.Ok(response);
        }
    }
}
