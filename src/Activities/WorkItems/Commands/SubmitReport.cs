using Mediator;
using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Instances;

namespace PlanWorkflows.Activities.WorkItems.Commands;

/// <summary>Gửi báo cáo: a unit sends its report for the period, as text with attached files.</summary>
public static class SubmitReport
{
    public sealed record Command(string WorkItemId, string UserName, string Text, IReadOnlyList<Attachment> Attachments, string? IdempotencyKey) : IRequest<WorkItemCommandResult>;

    public sealed class Handler(IDbContextFactory<EngineDbContext> contexts, IWorkflowRuntime runtime) : IRequestHandler<Command, WorkItemCommandResult>
    {
        public async ValueTask<WorkItemCommandResult> Handle(Command command, CancellationToken cancellationToken)
        {
            var decision = new WorkItemDecision(command.WorkItemId, WorkItemActionKind.ReportSubmitted, command.UserName, command.Text, command.Attachments, command.IdempotencyKey);
            return await WorkItemDecisions.SendAsync(contexts, runtime, WorkItemKind.Report, decision, cancellationToken);
        }
    }
}
