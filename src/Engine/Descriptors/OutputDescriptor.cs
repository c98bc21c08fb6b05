namespace PlanWorkflows.Engine.Descriptors;

/// <summary>An output of an activity type, with every field of Elsa's <c>OutputDescriptor</c>.</summary>
public sealed record OutputDescriptor : PropertyDescriptor
{
    public bool? IsSerializable { get; init; }
}
