using Microsoft.AspNetCore.Antiforgery;

namespace PlanWorkflows.Host.Studio;

/// <summary>What every host-page handler needs, bound with <c>[AsParameters]</c>.</summary>
internal sealed record StudioPageRequest(HttpContext Context, StudioBundle Bundle, IAntiforgery Antiforgery)
{
    /// <summary>Studio needs an absolute URL: it builds the API client with <c>new Uri(remote-endpoint)</c>.</summary>
    public string RemoteEndpoint =>
        $"{Context.Request.Scheme}://{Context.Request.Host}{Context.Request.PathBase}/elsa/api";

    public StudioPageChrome Chrome()
    {
        var tokens = Antiforgery.GetAndStoreTokens(Context);
        return new StudioPageChrome(tokens.FormFieldName, tokens.RequestToken ?? string.Empty);
    }
}
