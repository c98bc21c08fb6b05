using PlanWorkflows.Activities.Tasks;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Workflows.Compilation;

namespace PlanWorkflows.Host.CommandLine;

/// <summary>
/// <c>plan compile FILE --out DIR</c>: writes one Elsa 3 definition per plan section into DIR and lists the files;
/// exit 2 with one line on stderr when the arguments are wrong or the plan cannot be read.
/// </summary>
internal static class PlanCompileVerb
{
    private const string Usage = "usage: plan compile FILE --out DIR";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is not [var file, "--out", var folder])
        {
            await stderr.WriteLineAsync(Usage);
            return PlanParseVerb.Refused;
        }

        var result = PlanParseVerb.Import(file);
        if (result.Plan is null)
        {
            await stderr.WriteLineAsync($"plan compile: cannot read {file}: {result.Refusal}");
            return PlanParseVerb.Refused;
        }

        var registry = ActivityRegistry.CreateDefault().RegisterAssembly(typeof(AssignTask).Assembly);
        var workflows = new PlanCompiler(registry).Compile(result.Plan, PlanKey.Of(result.Plan));
        foreach (var path in await CompiledWorkflowFiles.WriteAsync(workflows, folder))
        {
            await stdout.WriteLineAsync($"wrote {path}");
        }

        return 0;
    }
}
