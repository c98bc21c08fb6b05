using System.Text;
using PlanWorkflows.Engine.Serialization;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>Compiled workflows as files: one <c>&lt;definitionId&gt;.json</c> each, indented UTF-8 Elsa JSON.</summary>
public static class CompiledWorkflowFiles
{
    public static string FileName(CompiledWorkflow workflow) => workflow.Definition.DefinitionId + ".json";

    public static string Content(CompiledWorkflow workflow) => WorkflowDefinitionSerializer.Write(workflow.Definition) + "\n";

    /// <summary>Writes every workflow into the folder (created when missing) and returns the paths written, in order.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(
        IEnumerable<CompiledWorkflow> workflows, string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var workflow in workflows)
        {
            var path = Path.Combine(folder, FileName(workflow));
            await File.WriteAllTextAsync(path, Content(workflow), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
            written.Add(path);
        }

        return written;
    }
}
