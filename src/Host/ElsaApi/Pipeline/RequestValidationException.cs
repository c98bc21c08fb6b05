namespace PlanWorkflows.Host.ElsaApi.Pipeline;

/// <summary>A request's fields are invalid; answered with 400 and every message.</summary>
internal sealed class RequestValidationException(IReadOnlyList<string> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
