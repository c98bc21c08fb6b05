namespace PlanWorkflows.Host.Auth;

/// <summary>Configuration section <c>Auth</c>: the API keys scripts present as <c>Authorization: ApiKey &lt;key&gt;</c>.</summary>
internal sealed class ApiKeyOptions
{
    public const string SectionName = "Auth";

    public IList<ConfiguredApiKey> ApiKeys { get; } = new List<ConfiguredApiKey>();
}

/// <summary>One configured key (<c>Auth:ApiKeys:&lt;n&gt;:Key</c> and <c>:Role</c>).</summary>
internal sealed class ConfiguredApiKey
{
    public string Key { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;
}
