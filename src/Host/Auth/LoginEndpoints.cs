using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace PlanWorkflows.Host.Auth;

/// <summary><c>/login</c> (form and sign-in) and <c>/logout</c>, both protected by antiforgery tokens.</summary>
internal static partial class LoginEndpoints
{
    public const string LoginPath = "/login";

    public const string LogoutPath = "/logout";

    private const string HtmlContentType = "text/html; charset=utf-8";

    public static IEndpointRouteBuilder MapLoginEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LoginPath, (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
                Page(context, antiforgery, LoginForm.LocalReturnUrl(returnUrl), failed: false))
            .AllowAnonymous().ExcludeFromDescription();
        endpoints.MapPost(LoginPath, SignInAsync).DisableAntiforgery().AllowAnonymous().ExcludeFromDescription();
        endpoints.MapPost(LogoutPath, SignOutAsync).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Validates the antiforgery token itself (binding is told not to) so a missing token is a plain 400.</summary>
    private static async Task<Results<RedirectHttpResult, ContentHttpResult, BadRequest>> SignInAsync(
        [FromForm] LoginForm form,
        HttpContext context,
        IAntiforgery antiforgery,
        AdministratorCredential administrator,
        ILoggerFactory loggers)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        var returnUrl = LoginForm.LocalReturnUrl(form.ReturnUrl);
        if (!administrator.Verify(form.UserName ?? string.Empty, form.Password ?? string.Empty))
        {
            LogFailedSignIn(loggers.CreateLogger(typeof(LoginEndpoints)), form.UserName ?? string.Empty);
            return Page(context, antiforgery, returnUrl, failed: true);
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, administrator.UserName), new Claim(ClaimTypes.Role, AuthRoles.Admin)],
            AuthSchemes.Cookie);
        await context.SignInAsync(AuthSchemes.Cookie, new ClaimsPrincipal(identity));
        return TypedResults.LocalRedirect(returnUrl);
    }

    private static async Task<Results<RedirectHttpResult, BadRequest>> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        await context.SignOutAsync(AuthSchemes.Cookie);
        return TypedResults.LocalRedirect(LoginPath);
    }

    private static ContentHttpResult Page(HttpContext context, IAntiforgery antiforgery, string returnUrl, bool failed)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var model = new LoginPageModel(returnUrl, tokens.FormFieldName, tokens.RequestToken ?? string.Empty, failed);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Content(LoginPage.Render(model), HtmlContentType,
            statusCode: failed ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in for user {UserName}")]
    private static partial void LogFailedSignIn(ILogger logger, string userName);
}
