using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Instances;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>
/// An instance row with the JSON of the definition version it runs (null when that version was deleted), read in one
/// query: the burst's hot lookup. Not an EF compiled query: the model differs with the entity assemblies the host
/// registers, and a compiled query is bound to one model.
/// </summary>
internal sealed record StoredInstance(WorkflowInstance Instance, string? DefinitionData)
{
    public static Task<StoredInstance?> FindAsync(EngineDbContext context, string id, CancellationToken cancellationToken) =>
        context.WorkflowInstances.AsNoTracking()
            .Where(instance => instance.Id == id)
            .Select(instance => new StoredInstance(
                instance,
                context.WorkflowDefinitionVersions
                    .Where(version => version.Id == instance.DefinitionVersionId)
                    .Select(version => version.Data)
                    .FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);
}
