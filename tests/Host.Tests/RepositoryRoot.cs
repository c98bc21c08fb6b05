namespace PlanWorkflows.Host.Tests;

/// <summary>Finds the repository (the folder holding PlanWorkflows.sln) from the test's output folder.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PlanWorkflows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("PlanWorkflows.sln not found above " + AppContext.BaseDirectory);
    }
}
