using System.Security.Cryptography;
using PlanWorkflows.Activities.Organization;
using PlanWorkflows.Activities.Plans;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Serialization;
using PlanWorkflows.Workflows.Compilation;
using PlanWorkflows.Workflows.Plans.Import;
using PlanWorkflows.Workflows.Plans.Json;
using PlanWorkflows.Workflows.Plans.Model;
using PlanWorkflows.Workflows.Plans.Reading;

namespace PlanWorkflows.Workflows.Lifecycle;

/// <summary>
/// Imports a plan document end to end: reads it against the directory, compiles one workflow per section, publishes
/// each definition and starts one instance of it (correlation id <see cref="SectionCorrelation"/>), and stores the
/// document. The same content imported again returns the stored plan and does nothing twice.
/// </summary>
public sealed class PlanImportService(
    IOrganizationDirectory directory,
    ActivityRegistry registry,
    IWorkflowDefinitionService definitions,
    IWorkflowRuntime runtime,
    IPlanStore plans,
    TimeProvider time)
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
        var definitionIds = await PublishAndStartAsync(plan, planId, contentHash, cancellationToken);
        var stored = new StoredPlan
        {
            Id = planId,
            DocumentNumber = plan.Document.Number,
            Title = plan.Document.Title ?? fileName,
            IssueDate = plan.Document.Date,
            FileName = fileName,
            ContentHash = contentHash,
            Content = content,
            SourceText = SourceTextOf(content, fileName),
            PlanJson = PlanJson.Serialize(plan),
            DefinitionIds = definitionIds,
            ImportedAt = time.GetUtcNow(),
        };
        await plans.AddAsync(stored, cancellationToken);
        return new PlanImportOutcome(PlanImportStatus.Imported, stored, null);
    }

    private async Task<List<string>> PublishAndStartAsync(Plan plan, string planId, string contentHash, CancellationToken cancellationToken)
    {
        var definitionIds = new List<string>();
        foreach (var workflow in new PlanCompiler(registry).Compile(plan, planId))
        {
            var saved = await definitions.ImportAsync(WorkflowDefinitionSerializer.Write(workflow.Definition), cancellationToken);
            var definitionId = saved.Definition.DefinitionId;
            var start = new StartOptions
            {
                CorrelationId = SectionCorrelation.Of(planId, workflow.SectionId),
                InstanceId = StableId.Of(contentHash, workflow.SectionId),
            };
            await runtime.StartAsync(definitionId, start, cancellationToken);
            definitionIds.Add(definitionId);
        }

        return definitionIds;
    }

    private static string SourceTextOf(byte[] content, string fileName) =>
        string.Join('\n', PlanDocumentReader.Read(new MemoryStream(content), fileName).Select(line => line.Text));

    private static async Task<byte[]> ReadAllAsync(Stream document, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await document.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
