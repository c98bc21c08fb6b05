using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Instances.Queries;
using PlanWorkflows.Host.ElsaApi.Instances;
using PlanWorkflows.Host.ElsaApi.Pipeline;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>
/// <c>POST|GET /workflow-definitions/{definitionId}/execute</c> (Studio's play button) and <c>POST .../dispatch</c>:
/// starts an instance of the version <c>versionOptions</c> selects (Published when absent) and runs its first burst.
/// Answers the instance's state with the <c>x-elsa-workflow-instance-id</c> header Studio reads, or
/// <c>x-elsa-workflow-cannot-start</c> when no instance started; 404 when no version matches. Our workflows have one
/// start, so <c>triggerActivityId</c> is accepted and not used.
/// </summary>
internal static class ExecuteWorkflowDefinition
{
    public const string InstanceIdHeader = "x-elsa-workflow-instance-id";
    public const string CannotStartHeader = "x-elsa-workflow-cannot-start";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/workflow-definitions/{definitionId}/execute", StartAsync).RequireEditor();
        api.MapPost("/workflow-definitions/{definitionId}/dispatch", StartAsync).RequireEditor();
        api.MapGet("/workflow-definitions/{definitionId}/execute",
            (string definitionId, string? correlationId, string? versionOptions, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new Command(definitionId, new ExecuteBody(correlationId, TriggerActivityId: null, versionOptions, Input: null)), cancellationToken))
            .RequireEditor();
    }

    internal sealed record ExecuteBody(string? CorrelationId, string? TriggerActivityId, string? VersionOptions, JsonObject? Input);

    internal sealed record Command(string DefinitionId, ExecuteBody Body) : IRequest<Results<Ok<Response>, NotFound>>, IValidatedRequest
    {
        public IEnumerable<string> Validate() => VersionOptionsText.Validate(Body.VersionOptions);
    }

    internal sealed record Response(WorkflowStateResponse? WorkflowState);

    internal sealed class Handler(IWorkflowRuntime runtime, IWorkflowInstanceQueries instances, IHttpContextAccessor httpContext)
        : IRequestHandler<Command, Results<Ok<Response>, NotFound>>
    {
        public async ValueTask<Results<Ok<Response>, NotFound>> Handle(Command command, CancellationToken cancellationToken)
        {
            var result = await runtime.StartAsync(command.DefinitionId, new StartOptions
            {
                VersionOptions = string.IsNullOrWhiteSpace(command.Body.VersionOptions)
                    ? VersionOptions.Published
                    : VersionOptions.Parse(command.Body.VersionOptions),
                CorrelationId = command.Body.CorrelationId,
                Input = command.Body.Input,
            }, cancellationToken);
            if (result.Outcome == RuntimeOutcome.NotFound)
            {
                return TypedResults.NotFound();
            }

            var headers = httpContext.HttpContext!.Response.Headers;
            if (result.Instances is not [{ } started])
            {
                headers[CannotStartHeader] = "true";
                return TypedResults.Ok(new Response(WorkflowState: null));
            }

            headers[InstanceIdHeader] = started.WorkflowInstanceId;
            var state = await instances.FindStateAsync(started.WorkflowInstanceId, cancellationToken);
            return TypedResults.Ok(new Response(state is null ? null : WorkflowStateResponse.From(state)));
        }
    }

    private static ValueTask<Results<Ok<Response>, NotFound>> StartAsync(
        string definitionId, ExecuteBody? body, ISender sender, CancellationToken cancellationToken) =>
        sender.Send(new Command(definitionId, body ?? new ExecuteBody(null, null, null, null)), cancellationToken);
}
