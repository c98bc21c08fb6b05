using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Descriptors;

/// <summary>An input of an activity type, with every field of Elsa's <c>InputDescriptor</c>.</summary>
public sealed record InputDescriptor : PropertyDescriptor
{
    public bool IsSerializable { get; init; } = true;

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
}
