using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.Stimuli;

namespace PlanWorkflows.Engine.Runtime.Instances;

/// <summary>
/// Starts and resumes durable workflow instances. Every call runs one burst per instance it affects and commits the
/// instance state, bookmarks, journal and the activities' own records in one transaction per burst.
/// </summary>
public interface IWorkflowRuntime
{
    /// <summary>Starts an instance of the definition version the options select; NotFound when there is none.</summary>
    Task<WorkflowRuntimeResult> StartAsync(string definitionId, StartOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// Resumes one bookmark. When a concurrent burst consumed it, the instance's bookmark with the same hash is resumed
    /// instead; the same <paramref name="idempotencyKey"/> twice has one effect.
    /// </summary>
    Task<WorkflowRuntimeResult> ResumeAsync(
        string bookmarkId, JsonObject? input = null, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Resumes every bookmark the stimulus matches; queues the stimulus when none does.</summary>
    Task<WorkflowRuntimeResult> TriggerAsync(Stimulus stimulus, CancellationToken cancellationToken = default);

    /// <summary>Triggers the <c>Elsa.Event</c> bookmarks waiting for <paramref name="eventName"/> with the payload as input.</summary>
    Task<WorkflowRuntimeResult> PublishEventAsync(
        string eventName,
        JsonObject? payload = null,
        string? correlationId = null,
        string? workflowInstanceId = null,
        string? idempotencyKey = null,
        CancellationToken cancellationToken = default);

    /// <summary>Cancels an unfinished instance: its bookmarks are dropped and it finishes as Cancelled.</summary>
    Task<WorkflowRuntimeResult> CancelAsync(string workflowInstanceId, CancellationToken cancellationToken = default);
}
