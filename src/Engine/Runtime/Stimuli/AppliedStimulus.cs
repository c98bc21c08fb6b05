namespace PlanWorkflows.Engine.Runtime.Stimuli;

/// <summary>
/// Proof that a stimulus with an idempotency key changed an instance; the unique (instance, key) pair makes a second
/// delivery of the same key a no-op.
/// </summary>
internal sealed class AppliedStimulus
{
    public required string WorkflowInstanceId { get; init; }
    public required string IdempotencyKey { get; init; }
    public DateTimeOffset AppliedAt { get; init; }
}
