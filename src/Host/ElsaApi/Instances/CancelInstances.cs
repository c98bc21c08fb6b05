using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Host.ElsaApi.Definitions;

namespace PlanWorkflows.Host.ElsaApi.Instances;

/// <summary>
/// <c>POST /cancel/workflow-instances/{id}</c> (404 when the instance is unknown or finished) and
/// <c>POST /bulk-actions/cancel/workflow-instances</c> <c>{ids}</c> answering Elsa's <c>{cancelledCount}</c>.
/// </summary>
internal static class CancelInstances
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/cancel/workflow-instances/{id}", (string id, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new CancelOne(id), cancellationToken)).RequireEditor();
        api.MapPost("/bulk-actions/cancel/workflow-instances", (InstanceIdsBody body, ISender sender, CancellationToken cancellationToken) =>
            sender.Send(new CancelMany(body.Ids ?? []), cancellationToken)).RequireEditor();
    }

    internal sealed record CancelOne(string Id) : IRequest<Results<Ok, NotFound>>;

    internal sealed record CancelMany(IReadOnlyList<string> Ids) : IRequest<Ok<BulkCancelResponse>>;

    internal sealed record BulkCancelResponse(int CancelledCount);

    internal sealed class Handler(IWorkflowRuntime runtime)
        : IRequestHandler<CancelOne, Results<Ok, NotFound>>, IRequestHandler<CancelMany, Ok<BulkCancelResponse>>
    {
        public async ValueTask<Results<Ok, NotFound>> Handle(CancelOne command, CancellationToken cancellationToken) =>
            await CancelAsync(command.Id, cancellationToken) ? TypedResults.Ok() : TypedResults.NotFound();

        public async ValueTask<Ok<BulkCancelResponse>> Handle(CancelMany command, CancellationToken cancellationToken)
        {
            var cancelled = 0;
            foreach (var id in command.Ids.Distinct())
            {
                cancelled += await CancelAsync(id, cancellationToken) ? 1 : 0;
            }

            return TypedResults.Ok(new BulkCancelResponse(cancelled));
        }

        private async Task<bool> CancelAsync(string id, CancellationToken cancellationToken) =>
            (await runtime.CancelAsync(id, cancellationToken)).Outcome == RuntimeOutcome.Cancelled;
    }
}
