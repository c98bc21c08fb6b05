namespace PlanWorkflows.Engine.Validation;

/// <summary>A workflow definition is malformed or invalid; <see cref="Errors"/> lists every problem found.</summary>
public sealed class DefinitionValidationException(IReadOnlyList<DefinitionError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(error => error.Message)))
{
    public IReadOnlyList<DefinitionError> Errors { get; } = errors;
}
