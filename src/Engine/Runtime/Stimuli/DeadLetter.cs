namespace PlanWorkflows.Engine.Runtime.Stimuli;

/// <summary>A queued stimulus that no bookmark claimed before it expired, kept with the reason for inspection.</summary>
internal sealed class DeadLetter : StimulusRecord
{
    public DateTimeOffset QueuedAt { get; init; }
    public DateTimeOffset DeadAt { get; init; }
    public required string Reason { get; init; }

    public static DeadLetter Expired(QueuedStimulus stimulus, DateTimeOffset now) => new()
    {
        Id = stimulus.Id,
        Hash = stimulus.Hash,
        ActivityTypeName = stimulus.ActivityTypeName,
        Payload = stimulus.Payload,
        CorrelationId = stimulus.CorrelationId,
        WorkflowInstanceId = stimulus.WorkflowInstanceId,
        Input = stimulus.Input,
        IdempotencyKey = stimulus.IdempotencyKey,
        QueuedAt = stimulus.CreatedAt,
        DeadAt = now,
        Reason = $"No bookmark matched the stimulus before it expired at {stimulus.ExpiresAt:O}.",
    };
}
