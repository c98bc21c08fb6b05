using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Runtime.Stimuli;

/// <summary>
/// Something that happened and may resume bookmarks: it matches bookmarks of <see cref="ActivityTypeName"/> whose
/// <see cref="Hash"/> is equal (Elsa's stimulus hash of the type and <see cref="Payload"/>), optionally only those of
/// one correlation id or one instance. <see cref="Input"/> is what the resumed activity receives.
/// </summary>
public sealed record Stimulus(string ActivityTypeName, string Hash)
{
    public JsonNode? Payload { get; init; }

    public string? CorrelationId { get; init; }

    public string? WorkflowInstanceId { get; init; }

    public JsonObject Input { get; init; } = [];

    /// <summary>The same key delivered twice to an instance has one effect.</summary>
    public string? IdempotencyKey { get; init; }
}
