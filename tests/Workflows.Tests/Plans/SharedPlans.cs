namespace PlanWorkflows.Workflows.Tests.Plans;

/// <summary>The shared sample plans, read in place from the folder beside the repository (never copied).</summary>
internal static class SharedPlans
{
    public const string Sample = "kon-ray-2024-child-care-plan";

    private static readonly Lazy<string> Folder = new(Find);

    public static string PathOf(string fileName) => Path.Combine(Folder.Value, fileName);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlanWorkflows.sln")))
            {
                return SiblingShared(dir);
            }
        }

        throw new DirectoryNotFoundException("PlanWorkflows.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>shared/ sits beside the repository; a git worktree nested one level deeper finds it further up.</summary>
    private static string SiblingShared(DirectoryInfo repository)
    {
        for (var dir = repository.Parent; dir is not null; dir = dir.Parent)
        {
            var plans = Path.Combine(dir.FullName, "shared", "plans");
            if (Directory.Exists(plans))
            {
                return plans;
            }
        }

        throw new DirectoryNotFoundException("../shared/plans not found beside " + repository.FullName);
    }
}
