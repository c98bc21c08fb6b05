using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Runtime.Expressions;
using PlanWorkflows.Engine.Runtime.Expressions.JavaScript;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>
/// Runs a burst to suspension with a FIFO scheduler: the trigger's activity runs, completions schedule what follows,
/// until every path waits on a bookmark or ended. An activity's failure becomes an incident, never an exception.
/// </summary>
public sealed class WorkflowExecutor : IWorkflowExecutor
{
    private readonly RunDependencies _dependencies;

    public WorkflowExecutor(
        ActivityRegistry registry,
        TimeProvider timeProvider,
        IIdentityGenerator identities,
        IServiceProvider services,
        JavaScriptOptions? javaScript = null)
    {
        var expressions = ExpressionEvaluatorRegistry.CreateDefault(javaScript ?? new JavaScriptOptions());
        _dependencies = new RunDependencies(new ActivityBinder(registry), expressions, timeProvider, identities, services);
    }

    public async ValueTask<BurstResult> RunAsync(BurstRequest request, CancellationToken cancellationToken = default)
    {
        var run = new WorkflowRun(request, _dependencies, cancellationToken);
        switch (request.Trigger)
        {
            case BurstTrigger.Start start:
                run.Start(start.Input);
                break;
            case BurstTrigger.Resume resume:
                await run.ResumeAsync(resume.Bookmark, resume.Input);
                break;
            case BurstTrigger.Cancel:
                run.CancelWorkflow();
                break;
        }

        await run.DrainAsync();
        return Result(request.State, run);
    }

    private BurstResult Result(WorkflowState before, WorkflowRun run)
    {
        var now = _dependencies.TimeProvider.GetUtcNow();
        var subStatus = run.Ending ?? WorkflowSubStatus.Suspended;
        var state = before with
        {
            Status = run.Ending is null ? WorkflowStatus.Running : WorkflowStatus.Finished,
            SubStatus = subStatus,
            CorrelationId = run.CorrelationId,
            Variables = run.Variables,
            Input = run.Input,
            Output = run.Output,
            Bookmarks = run.Bookmarks.All,
            Incidents = run.Incidents,
            ExecutionState = run.ExecutionState(),
            JournalSequence = run.Journal.LastSequence,
            CreatedAt = before.CreatedAt == default ? now : before.CreatedAt,
            UpdatedAt = now,
            FinishedAt = run.Ending is null ? before.FinishedAt : now,
        };
        return new BurstResult(state, run.Bookmarks.Created, run.Bookmarks.Removed, run.Journal.Entries, run.Journal.Executions);
    }
}
