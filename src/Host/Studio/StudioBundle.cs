namespace PlanWorkflows.Host.Studio;

/// <summary>The Elsa Studio WebAssembly bundle installed by <c>npm ci</c> in src/Host.</summary>
internal sealed record StudioBundle(string RootPath)
{
    public const string RequestPath = "/studio";

    public bool IsInstalled => File.Exists(Path.Combine(RootPath, "_framework", "blazor.webassembly.js"));

    public static StudioBundle Resolve(StudioOptions options, string contentRootPath) =>
        new(Path.GetFullPath(Path.Combine(contentRootPath, options.BundlePath)));
}
