namespace PlanWorkflows.Activities.Steps;

/// <summary>A step names a unit or group the organization directory does not know.</summary>
public sealed class UnknownUnitException(string reference)
    : Exception($"'{reference}' is neither a unit nor a group of the organization directory.")
{
    public string Reference { get; } = reference;
}
