namespace PlanWorkflows.Engine.Activities.Abstractions;

/// <summary>Declares an activity type: its type name is <c>{Namespace}.{class name}</c> unless <see cref="Type"/> says otherwise.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string @namespace, string category, string? description = null) : Attribute
{
    public string Namespace { get; } = @namespace;

    public string Category { get; } = category;

    public string? Description { get; } = description;

    /// <summary>The type's short name; defaults to the class name.</summary>
    public string? Type { get; set; }

    public int Version { get; set; } = 1;

    public string? DisplayName { get; set; }

    public ActivityKind Kind { get; set; } = ActivityKind.Action;

    /// <summary>Hidden from Studio's palette when false.</summary>
    public bool IsBrowsable { get; set; } = true;
}
