using Mediator;
using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Instances;

namespace PlanWorkflows.Activities.WorkItems.Commands;

/// <summary>Đề nghị chỉnh sửa: a coordinating unit asks the lead unit to revise; the comment says what.</summary>
public static class RequestChanges
{
    public sealed record Command(string WorkItemId, string UserName, string Comment, string? IdempotencyKey) : IRequest<WorkItemCommandResult>;

    public sealed class Handler(IDbContextFactory<EngineDbContext> contexts, IWorkflowRuntime runtime) : IRequestHandler<Command, WorkItemCommandResult>
    {
        /// <exception cref="ArgumentException">The comment is empty.</exception>
        public async ValueTask<WorkItemCommandResult> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(command.Comment, nameof(command.Comment));
            var decision = new WorkItemDecision(command.WorkItemId, WorkItemActionKind.ChangesRequested, command.UserName, command.Comment, [], command.IdempotencyKey);
            return await WorkItemDecisions.SendAsync(contexts, runtime, WorkItemKind.SignOff, decision, cancellationToken);
        }
    }
}
