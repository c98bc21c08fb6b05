using Mediator;
using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Instances;

namespace PlanWorkflows.Activities.WorkItems.Commands;

/// <summary>Đồng ý: a coordinating unit approves the task's result.</summary>
public static class SignOff
{
    public sealed record Command(string WorkItemId, string UserName, string? Comment, string? IdempotencyKey) : IRequest<WorkItemCommandResult>;

    public sealed class Handler(IDbContextFactory<EngineDbContext> contexts, IWorkflowRuntime runtime) : IRequestHandler<Command, WorkItemCommandResult>
    {
        public async ValueTask<WorkItemCommandResult> Handle(Command command, CancellationToken cancellationToken)
        {
            var decision = new WorkItemDecision(command.WorkItemId, WorkItemActionKind.SignedOff, command.UserName, command.Comment, [], command.IdempotencyKey);
            return await WorkItemDecisions.SendAsync(contexts, runtime, WorkItemKind.SignOff, decision, cancellationToken);
        }
    }
}
