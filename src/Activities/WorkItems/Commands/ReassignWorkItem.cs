using Mediator;
using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Activities.WorkItems.Commands;

/// <summary>Giao lại: hands the item to another officer of the same unit.</summary>
public static class ReassignWorkItem
{
    public sealed record Command(string WorkItemId, string UserName, string AssigneeUserName, string? IdempotencyKey) : IRequest<WorkItemCommandResult>;

    public sealed class Handler(IDbContextFactory<EngineDbContext> contexts, TimeProvider time, IIdentityGenerator identities)
        : IRequestHandler<Command, WorkItemCommandResult>
    {
        /// <exception cref="WorkItemAccessDeniedException">The assignee is not a member of the item's unit either.</exception>
        public async ValueTask<WorkItemCommandResult> Handle(Command command, CancellationToken cancellationToken)
        {
            var decision = new WorkItemDecision(command.WorkItemId, WorkItemActionKind.Reassigned, command.UserName, command.AssigneeUserName, [], command.IdempotencyKey);
            return await WorkItemUpdates.ApplyAsync(contexts, decision, time, identities, Reassign, cancellationToken);

            async Task Reassign(DbContext context, WorkItem item, DateTimeOffset now)
            {
                await WorkItemGate.EnsureMemberAsync(context, command.AssigneeUserName, item, cancellationToken);
                item.AssigneeUserName = command.AssigneeUserName;
            }
        }
    }
}
