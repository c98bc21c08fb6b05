using PlanWorkflows.Host.Auth;
using PlanWorkflows.Host.ElsaApi;
using PlanWorkflows.Host.Studio;
using Serilog;

namespace PlanWorkflows.Host.Hosting;

/// <summary>Builds the web application: services, middleware and endpoints, each from its own feature folder.</summary>
internal static class HostApplication
{
    private const string DefaultUrl = "http://localhost:5000";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        builder.Services.AddProblemDetails();
        builder.Services.AddMediator(options => options.ServiceLifetime = ServiceLifetime.Scoped);
        builder.Services.AddStudio(builder.Configuration);
        builder.Services.AddPlanWorkflowsAuth(builder.Configuration);
        builder.AddEngine();
        builder.Services.AddElsaApi();

        var app = builder.Build();
        app.UseSerilogRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStudioBundle();
        app.UsePlanWorkflowsAuth();
        app.MapStudioPages();
        app.MapElsaApi();
        app.MapGet("/health", () => TypedResults.Ok(new HealthResponse("ok")));
        app.MapGet("/favicon.ico", () => TypedResults.NoContent()).ExcludeFromDescription();
        return app;
    }
}

internal sealed record HealthResponse(string Status);
