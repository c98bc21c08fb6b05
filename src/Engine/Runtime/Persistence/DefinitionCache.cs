using System.Collections.Concurrent;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Runtime.Persistence.Reads;
using PlanWorkflows.Engine.Serialization;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>
/// Parsed definitions by version id. A draft version is edited in place, so an entry serves only the data revision it
/// was parsed from; the JSON is read again only when the revision the burst read differs.
/// </summary>
internal sealed class DefinitionCache(WorkflowDefinitionSerializer serializer, ReadSessions sessions)
{
    private readonly ConcurrentDictionary<string, (long DataRevision, WorkflowDefinition Definition)> definitions = new();

    /// <summary>The definition at <paramref name="dataRevision"/>: the version's data revision as the burst read it, null when the version is gone.</summary>
    /// <exception cref="WorkflowDefinitionVersionMissingException">The version no longer exists.</exception>
    public async ValueTask<WorkflowDefinition> GetAsync(string definitionVersionId, long? dataRevision, CancellationToken cancellationToken)
    {
        if (dataRevision is null)
        {
            throw new WorkflowDefinitionVersionMissingException(definitionVersionId);
        }

        if (definitions.TryGetValue(definitionVersionId, out var cached) && cached.DataRevision == dataRevision)
        {
            return cached.Definition;
        }

        var json = await sessions.ReadAsync(session => session.FindDefinitionJson(definitionVersionId), cancellationToken)
            ?? throw new WorkflowDefinitionVersionMissingException(definitionVersionId);
        var definition = serializer.Read(json.Data).Definition;
        definitions[definitionVersionId] = (json.DataRevision, definition);
        return definition;
    }
}
