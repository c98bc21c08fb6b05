using System.Text.Json.Serialization;

namespace PlanWorkflows.Engine.Descriptors;

/// <summary>What input and output descriptors share (Elsa's <c>PropertyDescriptor</c>).</summary>
public abstract record PropertyDescriptor
{
    public required string Name { get; init; }

    public required string TypeName { get; init; }

    public required string DisplayName { get; init; }

    public string? Description { get; init; }

    public float Order { get; init; }

    public bool IsBrowsable { get; init; } = true;

    public bool IsSynthetic { get; init; }

    /// <summary>The CLR type of the value.</summary>
    [JsonIgnore]
    public Type ValueType { get; init; } = typeof(object);
}
