using Microsoft.Extensions.Options;

namespace PlanWorkflows.Host.Auth;

/// <summary>Refuses to start with an empty key or a role that is not one of <see cref="AuthRoles.All"/>.</summary>
internal sealed class ApiKeyOptionsValidator : IValidateOptions<ApiKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        var failures = options.ApiKeys
            .Select((apiKey, index) => Problem(apiKey, index))
            .OfType<string>()
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? Problem(ConfiguredApiKey apiKey, int index) => apiKey switch
    {
        { Key.Length: 0 } => $"Auth:ApiKeys:{index}:Key is empty",
        _ when !AuthRoles.All.Contains(apiKey.Role) =>
            $"Auth:ApiKeys:{index}:Role '{apiKey.Role}' is not one of {string.Join(", ", AuthRoles.All)}",
        _ => null,
    };
}
