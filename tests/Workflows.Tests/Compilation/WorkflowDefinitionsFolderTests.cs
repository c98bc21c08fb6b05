using PlanWorkflows.Workflows.Compilation;
using PlanWorkflows.Workflows.Tests.Plans;

namespace PlanWorkflows.Workflows.Tests.Compilation;

/// <summary>workflow-definitions/ holds exactly the sample plan as the compiler compiles it now.</summary>
public sealed class WorkflowDefinitionsFolderTests
{
    private static readonly string Folder = Path.Combine(RepositoryFolder(), "workflow-definitions");

    private static string Regenerate =>
        $"workflow-definitions/ is out of date; regenerate it with: rm -r {Folder} && dotnet run --project src/Host -- "
        + $"plan compile {SharedPlans.PathOf(SharedPlans.Sample + ".txt")} --out {Folder}";

    [Fact]
    public void Folder_HoldsExactlyTheCompiledSample()
    {
        var compiled = SampleCompilation.Compile();

        Directory.GetFiles(Folder).Select(Path.GetFileName)
            .Should().BeEquivalentTo(compiled.Select(CompiledWorkflowFiles.FileName), Regenerate);
        foreach (var workflow in compiled)
        {
            File.ReadAllText(Path.Combine(Folder, CompiledWorkflowFiles.FileName(workflow)))
                .Should().Be(CompiledWorkflowFiles.Content(workflow), Regenerate);
        }
    }

    private static string RepositoryFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PlanWorkflows.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("PlanWorkflows.sln not found above " + AppContext.BaseDirectory);
    }
}
