using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace PlanWorkflows.Host.Studio;

/// <summary>Wires Elsa Studio into the Host: the bundle's static files under /studio/ and the host pages.</summary>
internal static class StudioHostingExtensions
{
    public static IServiceCollection AddStudio(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StudioOptions>(configuration.GetSection(StudioOptions.SectionName));
        services.AddSingleton(provider => StudioBundle.Resolve(
            provider.GetRequiredService<IOptions<StudioOptions>>().Value,
            provider.GetRequiredService<IHostEnvironment>().ContentRootPath));
        return services;
    }

    /// <summary>Serves the bundle's files; public, like any static asset. Call before authentication.</summary>
    public static WebApplication UseStudioBundle(this WebApplication app)
    {
        var bundle = app.Services.GetRequiredService<StudioBundle>();
        if (!bundle.IsInstalled)
        {
            app.Logger.LogWarning(
                "Elsa Studio bundle not found at {BundlePath}; run npm ci in src/Host. /studio/ explains this", bundle.RootPath);
            return app;
        }

        var files = new PhysicalFileProvider(bundle.RootPath);
        app.Lifetime.ApplicationStopped.Register(files.Dispose);
        app.UseMiddleware<PrecompressedFileNegotiation>(files);
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = StudioBundle.RequestPath,
            FileProvider = files,
            ContentTypeProvider = new StudioContentTypes(),
            OnPrepareResponse = StudioResponseHeaders.Apply,
        });
        return app;
    }
}
