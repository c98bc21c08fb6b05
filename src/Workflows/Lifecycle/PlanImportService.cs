using System.Security.Cryptography;
using PlanWorkflows.Activities.Organization;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Serialization;
using PlanWorkflows.Workflows.Compilation;
using PlanWorkflows.Workflows.Plans.Import;

namespace PlanWorkflows.Workflows.Lifecycle;

/// <summary>
/// Imports a plan document end to end: reads it against the directory, compiles one workflow per section, saves and
/// publishes each definition, and stores the document. The same content imported again returns the stored plan and
/// does nothing twice.
/// </summary>
public sealed class PlanImportService(
    IOrganizationDirectory directory,
    ActivityRegistry registry,
    IWorkflowDefinitionService definitions,
    IPlanStore plans)
{
    /// <exception cref="Engine.Validation.DefinitionValidationException">A compiled definition is invalid (a compiler bug); nothing is stored.</exception>
    public async Task<PlanImportOutcome> ImportAsync(Stream document, string fileName, CancellationToken cancellationToken = default)
    {
        var content = await ReadAllAsync(document, cancellationToken);
        var contentHash = Convert.ToHexStringLower(SHA256.HashData(content));
        if (await plans.FindByContentHashAsync(contentHash, cancellationToken) is { } existing)
        {
            return new PlanImportOutcome(PlanImportStatus.AlreadyImported, existing, null);
        }

        var imported = new PlanImporter(directory).Import(new MemoryStream(content), fileName);
        if (imported.Plan is not { } plan)
        {
            return new PlanImportOutcome(PlanImportStatus.Refused, null, imported.Refusal);
        }

        var planId = PlanKey.Of(plan);
        var definitionIds = new List<string>();
        foreach (var workflow in new PlanCompiler(registry).Compile(plan, planId))
        {
            var saved = await definitions.ImportAsync(WorkflowDefinitionSerializer.Write(workflow.Definition), cancellationToken);
            definitionIds.Add(saved.Definition.DefinitionId);
        }

        var stored = new StoredPlanDocument(planId, fileName, contentHash, content, definitionIds);
        await plans.AddAsync(stored, cancellationToken);
        return new PlanImportOutcome(PlanImportStatus.Imported, stored, null);
    }

    private static async Task<byte[]> ReadAllAsync(Stream document, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await document.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
