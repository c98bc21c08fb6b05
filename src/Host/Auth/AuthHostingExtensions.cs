using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace PlanWorkflows.Host.Auth;

/// <summary>Wires authentication (cookie, API key) and the Elsa API policies into the Host.</summary>
internal static class AuthHostingExtensions
{
    private const string ElsaApiPath = "/elsa/api";

    public static IServiceCollection AddPlanWorkflowsAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AdministratorOptions>(configuration.GetSection(AdministratorOptions.SectionName));
        services.AddOptions<ApiKeyOptions>().Bind(configuration.GetSection(ApiKeyOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiKeyOptions>, ApiKeyOptionsValidator>();
        services.AddSingleton(provider => AdministratorPasswordFile.InDataFolder(
            configuration.GetConnectionString("Default"), provider.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton<AdministratorCredential>();
        services.AddHostedService<AdministratorPasswordGenerator>();
        services.AddTransient<IStudioPermissions, StudioPermissions>();

        services.AddAuthentication(AuthSchemes.CookieOrApiKey)
            .AddPolicyScheme(AuthSchemes.CookieOrApiKey, AuthSchemes.CookieOrApiKey, options =>
                options.ForwardDefaultSelector = context =>
                    ApiKeyAuthenticationHandler.IsPresent(context.Request) ? AuthSchemes.ApiKey : AuthSchemes.Cookie)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, configureOptions: null)
            .AddCookie(AuthSchemes.Cookie, ConfigureCookie);
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.ElsaApiRead, policy => policy.RequireRole(AuthRoles.Admin, AuthRoles.Reader))
            .AddPolicy(AuthPolicies.ElsaApiWrite, policy => policy.RequireRole(AuthRoles.Admin));
        services.AddAntiforgery(options => options.Cookie.SameSite = SameSiteMode.Strict);
        return services;
    }

    public static WebApplication UsePlanWorkflowsAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapLoginEndpoints();
        return app;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "PlanWorkflows.Auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.LoginPath = LoginEndpoints.LoginPath;
        options.LogoutPath = LoginEndpoints.LogoutPath;
        options.ReturnUrlParameter = "returnUrl";
        options.Events.OnRedirectToLogin = RedirectToLoginUnlessApi;
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    /// <summary>API callers get a status code, never a redirect to an HTML form.</summary>
    private static Task RedirectToLoginUnlessApi(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (context.Request.Path.StartsWithSegments(ElsaApiPath))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
