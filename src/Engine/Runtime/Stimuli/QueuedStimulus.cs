namespace PlanWorkflows.Engine.Runtime.Stimuli;

/// <summary>
/// A stimulus that found no bookmark when it arrived (Elsa's bookmark queue item). It waits here until a matching
/// bookmark appears or it expires into a <see cref="DeadLetter"/>.
/// </summary>
internal sealed class QueuedStimulus
{
    public required string Id { get; init; }
    public required string Hash { get; init; }
    public required string ActivityTypeName { get; init; }
    public string? Payload { get; init; }
    public string? CorrelationId { get; init; }
    public string? WorkflowInstanceId { get; init; }
    public required string Input { get; init; }
    public string? IdempotencyKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
}
