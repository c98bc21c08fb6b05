using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PlanWorkflows.Engine.Descriptors;

/// <summary>An input of an activity type, with every field of Elsa's <c>InputDescriptor</c>.</summary>
public sealed record InputDescriptor
{
    public required string Name { get; init; }

    public required string TypeName { get; init; }

    public required string DisplayName { get; init; }

    public string? Description { get; init; }

    public float Order { get; init; }

    public bool IsBrowsable { get; init; } = true;

    public bool IsSerializable { get; init; } = true;

    public bool IsSynthetic { get; init; }

    /// <summary>True when the JSON value is <c>{typeName, expression}</c>; false for plain values such as a variable reference.</summary>
    public bool IsWrapped { get; init; } = true;

    public required string UIHint { get; init; }

    public string? Category { get; init; }

    public JsonNode? DefaultValue { get; init; }

    public string? DefaultSyntax { get; init; }

    public bool IsReadOnly { get; init; }

    public bool IsSensitive { get; init; }

    public string? StorageDriverType { get; init; }

    public bool AutoEvaluate { get; init; } = true;

    public JsonObject? UISpecifications { get; init; }

    /// <summary>The CLR type the input's value converts to.</summary>
    [JsonIgnore]
    public Type ValueType { get; init; } = typeof(object);
}
