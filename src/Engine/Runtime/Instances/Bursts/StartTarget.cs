using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Instances.Bursts;

/// <summary>Starts a new instance of the definition version the options select.</summary>
internal sealed class StartTarget(string definitionId, StartOptions options, string instanceId, DateTimeOffset now) : IBurstTarget
{
    public async Task<BurstPreparation> PrepareAsync(EngineDbContext context, CancellationToken cancellationToken)
    {
        var existing = await context.WorkflowInstances.AsNoTracking().SingleOrDefaultAsync(instance => instance.Id == instanceId, cancellationToken);
        if (existing is not null)
        {
            return new BurstPreparation.Settled(BurstOutcome.Without(RuntimeOutcome.Duplicate, existing));
        }

        var version = await FindVersionAsync(context, cancellationToken);
        if (version is null)
        {
            return new BurstPreparation.Settled(BurstOutcome.Without(RuntimeOutcome.NotFound));
        }

        var input = options.Input?.DeepClone().AsObject() ?? [];
        var state = new WorkflowState
        {
            Id = instanceId,
            DefinitionId = version.DefinitionId,
            DefinitionVersionId = version.Id,
            DefinitionVersion = version.Version,
            CorrelationId = options.CorrelationId,
            Name = version.Name,
            Input = input,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var burst = new PreparedBurst(WorkflowInstance.Create(state), state, version.Data, new BurstTrigger.Start(input.DeepClone().AsObject()), RuntimeOutcome.Started);
        return new BurstPreparation.Ready(burst);
    }

    private Task<WorkflowDefinitionVersion?> FindVersionAsync(EngineDbContext context, CancellationToken cancellationToken)
    {
        var versions = context.WorkflowDefinitionVersions.AsNoTracking().Where(version => version.DefinitionId == definitionId);
        if (options.DefinitionVersionId is { } versionId)
        {
            return versions.SingleOrDefaultAsync(version => version.Id == versionId, cancellationToken);
        }

        return versions.WithVersion(options.VersionOptions)
            .OrderByDescending(version => version.IsPublished)
            .ThenByDescending(version => version.Version)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
