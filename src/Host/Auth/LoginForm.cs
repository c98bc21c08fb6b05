namespace PlanWorkflows.Host.Auth;

/// <summary>The fields the sign-in form posts.</summary>
internal sealed record LoginForm
{
    public const string DefaultReturnUrl = "/studio/";

    public string? UserName { get; init; }

    public string? Password { get; init; }

    public string? ReturnUrl { get; init; }

    /// <summary>Only a path on this site, so the form cannot be used to redirect elsewhere.</summary>
    public static string LocalReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : DefaultReturnUrl;
}
