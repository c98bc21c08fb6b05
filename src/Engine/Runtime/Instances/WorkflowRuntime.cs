using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Runtime.Instances.Bursts;
using PlanWorkflows.Engine.Runtime.Persistence.Reads;
using PlanWorkflows.Engine.Runtime.Stimuli;

namespace PlanWorkflows.Engine.Runtime.Instances;

internal sealed class WorkflowRuntime(
    ReadSessions sessions,
    BurstDispatcher dispatcher,
    StimulusQueue queue,
    IIdentityGenerator identityGenerator,
    TimeProvider timeProvider) : IWorkflowRuntime
{
    public async Task<WorkflowRuntimeResult> StartAsync(
        string definitionId, StartOptions options, CancellationToken cancellationToken = default)
    {
        var instanceId = options.InstanceId ?? identityGenerator.NewId();
        var target = new StartTarget(definitionId, options, instanceId, timeProvider.GetUtcNow());
        return RuntimeResults.Combine(await dispatcher.RunAsync(target, cancellationToken));
    }

    public async Task<WorkflowRuntimeResult> ResumeAsync(
        string bookmarkId, JsonObject? input = null, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        var bookmark = await sessions.ReadAsync(session => session.FindBookmark(bookmarkId), cancellationToken);
        if (bookmark is null)
        {
            return WorkflowRuntimeResult.Nothing(RuntimeOutcome.NotFound);
        }

        var target = new ResumeTarget(bookmark, input ?? []) { IdempotencyKey = idempotencyKey };
        return RuntimeResults.Combine(await dispatcher.RunAsync(target, cancellationToken));
    }

    public async Task<WorkflowRuntimeResult> TriggerAsync(Stimulus stimulus, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<BurstOutcome>();
        var matches = await sessions.ReadAsync(session => session.MatchBookmarks(stimulus.Hash, stimulus.CorrelationId, stimulus.WorkflowInstanceId), cancellationToken);
        foreach (var bookmark in matches)
        {
            var target = new ResumeTarget(bookmark, stimulus.Input) { IdempotencyKey = stimulus.IdempotencyKey };
            outcomes.AddRange(await dispatcher.RunAsync(target, cancellationToken));
        }

        if (outcomes.All(outcome => outcome.Outcome == RuntimeOutcome.NotFound))
        {
            outcomes.AddRange(await queue.EnqueueAsync(stimulus, cancellationToken));
        }

        return RuntimeResults.Combine(outcomes);
    }

    public Task<WorkflowRuntimeResult> PublishEventAsync(
        string eventName,
        JsonObject? payload = null,
        string? correlationId = null,
        string? workflowInstanceId = null,
        string? idempotencyKey = null,
        CancellationToken cancellationToken = default) =>
        TriggerAsync(
            EventStimulus.Create(eventName, payload) with
            {
                CorrelationId = correlationId,
                WorkflowInstanceId = workflowInstanceId,
                IdempotencyKey = idempotencyKey,
            },
            cancellationToken);

    public async Task<WorkflowRuntimeResult> CancelAsync(string workflowInstanceId, CancellationToken cancellationToken = default) =>
        RuntimeResults.Combine(await dispatcher.RunAsync(new CancelTarget(workflowInstanceId), cancellationToken));
}
