namespace PlanWorkflows.Engine.Runtime.Stimuli;

/// <summary>
/// A stimulus that found no bookmark when it arrived (Elsa's bookmark queue item). It waits here until a matching
/// bookmark appears or it expires into a <see cref="DeadLetter"/>.
/// </summary>
internal sealed class QueuedStimulus : StimulusRecord
{
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
}
