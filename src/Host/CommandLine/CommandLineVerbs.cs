namespace PlanWorkflows.Host.CommandLine;

/// <summary>
/// Command-line verbs (<c>plan parse</c>, <c>plan compile</c>, <c>workflow run</c>) that run instead of the web host.
/// </summary>
internal static class CommandLineVerbs
{
    private static readonly IReadOnlyDictionary<string, Func<string[], TextWriter, TextWriter, Task<int>>> Verbs =
        new Dictionary<string, Func<string[], TextWriter, TextWriter, Task<int>>>(StringComparer.Ordinal)
        {
            ["plan parse"] = PlanParseVerb.RunAsync,
            ["plan compile"] = PlanCompileVerb.RunAsync,
            ["workflow run"] = WorkflowRunVerb.RunAsync,
        };

    public static bool Matches(string[] args) => args.Length >= 2 && Verbs.ContainsKey(Key(args));

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        Verbs[Key(args)](args[2..], stdout, stderr);

    private static string Key(string[] args) => $"{args[0]} {args[1]}";
}
