using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Persistence.Reads;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Instances.Bursts;

/// <summary>Starts a new instance of the definition version the options select.</summary>
internal sealed class StartTarget(string definitionId, StartOptions options, string instanceId, DateTimeOffset now) : IBurstTarget
{
    public BurstPreparation Prepare(ReadSession session)
    {
        if (session.FindInstance(instanceId) is { } existing)
        {
            return new BurstPreparation.Settled(BurstOutcome.Without(RuntimeOutcome.Duplicate, existing.Instance));
        }

        var version = session.FindStartVersion(definitionId, options);
        if (version is null)
        {
            return new BurstPreparation.Settled(BurstOutcome.Without(RuntimeOutcome.NotFound));
        }

        var input = options.Input?.DeepClone().AsObject() ?? [];
        var state = new WorkflowState
        {
            Id = instanceId,
            DefinitionId = definitionId,
            DefinitionVersionId = version.Id,
            DefinitionVersion = version.Version,
            CorrelationId = options.CorrelationId,
            Name = version.Name,
            Input = input,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var burst = new PreparedBurst(WorkflowInstance.Create(state), state, version.DataRevision, new BurstTrigger.Start(input.DeepClone().AsObject()), RuntimeOutcome.Started);
        return new BurstPreparation.Ready(burst);
    }
}
