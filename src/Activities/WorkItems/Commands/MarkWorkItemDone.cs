using Mediator;
using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Instances;

namespace PlanWorkflows.Activities.WorkItems.Commands;

/// <summary>Báo hoàn thành: the lead unit reports its assignment done.</summary>
public static class MarkWorkItemDone
{
    public sealed record Command(string WorkItemId, string UserName, string? Comment, string? IdempotencyKey) : IRequest<WorkItemCommandResult>;

    public sealed class Handler(IDbContextFactory<EngineDbContext> contexts, IWorkflowRuntime runtime) : IRequestHandler<Command, WorkItemCommandResult>
    {
        public async ValueTask<WorkItemCommandResult> Handle(Command command, CancellationToken cancellationToken)
        {
            var decision = new WorkItemDecision(command.WorkItemId, WorkItemActionKind.MarkedDone, command.UserName, command.Comment, [], command.IdempotencyKey);
            return await WorkItemDecisions.SendAsync(contexts, runtime, WorkItemKind.Assignment, decision, cancellationToken);
        }
    }
}
