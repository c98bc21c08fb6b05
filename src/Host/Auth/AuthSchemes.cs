namespace PlanWorkflows.Host.Auth;

/// <summary>Authentication scheme names.</summary>
internal static class AuthSchemes
{
    public const string Cookie = "Cookie";

    public const string ApiKey = "ApiKey";

    /// <summary>The default: <see cref="ApiKey"/> when the request carries an ApiKey header, else <see cref="Cookie"/>.</summary>
    public const string CookieOrApiKey = "CookieOrApiKey";
}
