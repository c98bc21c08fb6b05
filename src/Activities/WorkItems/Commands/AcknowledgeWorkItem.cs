using Mediator;
using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Activities.WorkItems.Commands;

/// <summary>Tiếp nhận: the unit confirms it has seen the item; the workflow is not involved.</summary>
public static class AcknowledgeWorkItem
{
    public sealed record Command(string WorkItemId, string UserName, string? IdempotencyKey) : IRequest<WorkItemCommandResult>;

    public sealed class Handler(IDbContextFactory<EngineDbContext> contexts, TimeProvider time, IIdentityGenerator identities)
        : IRequestHandler<Command, WorkItemCommandResult>
    {
        public async ValueTask<WorkItemCommandResult> Handle(Command command, CancellationToken cancellationToken)
        {
            var decision = new WorkItemDecision(command.WorkItemId, WorkItemActionKind.Acknowledged, command.UserName, null, [], command.IdempotencyKey);
            return await WorkItemUpdates.ApplyAsync(contexts, decision, time, identities, Acknowledge, cancellationToken);

            static Task Acknowledge(DbContext context, WorkItem item, DateTimeOffset now)
            {
                item.AcknowledgedAt ??= now;
                return Task.CompletedTask;
            }
        }
    }
}
