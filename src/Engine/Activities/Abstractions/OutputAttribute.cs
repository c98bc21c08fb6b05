namespace PlanWorkflows.Engine.Activities.Abstractions;

/// <summary>Describes an output property for the activity's descriptor (Elsa's <c>[Output]</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute : Attribute
{
    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public bool IsBrowsable { get; set; } = true;
}
