namespace PlanWorkflows.Engine.Tests.TestSupport;

/// <summary>
/// Locates <c>shared/reference</c> (Elsa fixtures and the example definition) next to the repository or one of its
/// parent folders; the files are read in place, never copied into the project.
/// </summary>
internal static class SharedReference
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    public static IEnumerable<string> FixtureFiles() =>
        Directory.EnumerateFiles(Path("elsa-fixtures"), "*.json").Order(StringComparer.Ordinal);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "reference");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No shared/reference folder above " + AppContext.BaseDirectory);
    }
}
