using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.Bookmarks;

namespace PlanWorkflows.Engine.Runtime.Stimuli;

/// <summary>
/// Something that happened and may resume bookmarks: it matches bookmarks of <see cref="ActivityTypeName"/> whose
/// hash equals its own (<see cref="StimulusHasher"/> of the type and <see cref="Payload"/>, as the bookmark's was),
/// optionally only those of one correlation id or one instance. <see cref="Input"/> is what the resumed activity
/// receives.
/// </summary>
public sealed record Stimulus(string ActivityTypeName, JsonNode? Payload = null)
{
    public string Hash => StimulusHasher.Hash(ActivityTypeName, Payload);

    public string? CorrelationId { get; init; }

    public string? WorkflowInstanceId { get; init; }

    public JsonObject Input { get; init; } = [];

    /// <summary>The same key delivered twice to an instance has one effect.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>A stimulus whose payload is an activity's bookmark payload record (e.g. <c>EventBookmarkPayload</c>).</summary>
    public static Stimulus For<TPayload>(string activityTypeName, TPayload payload)
        where TPayload : notnull =>
        new(activityTypeName, StimulusHasher.SerializePayload(payload));
}
