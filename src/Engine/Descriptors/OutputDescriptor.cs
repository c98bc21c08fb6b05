using System.Text.Json.Serialization;

namespace PlanWorkflows.Engine.Descriptors;

/// <summary>An output of an activity type, with every field of Elsa's <c>OutputDescriptor</c>.</summary>
public sealed record OutputDescriptor
{
    public required string Name { get; init; }

    public required string TypeName { get; init; }

    public required string DisplayName { get; init; }

    public string? Description { get; init; }

    public float Order { get; init; }

    public bool IsBrowsable { get; init; } = true;

    public bool? IsSerializable { get; init; }

    public bool IsSynthetic { get; init; }

    [JsonIgnore]
    public Type ValueType { get; init; } = typeof(object);
}
