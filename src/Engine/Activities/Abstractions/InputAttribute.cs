namespace PlanWorkflows.Engine.Activities.Abstractions;

/// <summary>Describes an input property for the activity's descriptor (Elsa's <c>[Input]</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InputAttribute : Attribute
{
    /// <summary>One of Studio's editors (<see cref="InputUIHints"/>); derived from the value type when not set.</summary>
    public string? UIHint { get; set; }

    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public string? Category { get; set; }

    public float Order { get; set; }

    public object? DefaultValue { get; set; }

    public string? DefaultSyntax { get; set; }

    /// <summary>Items of a dropdown, checklist or radio list.</summary>
    public string[]? Options { get; set; }

    public bool IsBrowsable { get; set; } = true;

    public bool IsReadOnly { get; set; }

    public bool CanContainSecrets { get; set; }
}
