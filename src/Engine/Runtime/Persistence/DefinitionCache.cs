using System.Collections.Concurrent;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Serialization;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>
/// Parsed definitions by version id. A draft version is edited in place, so an entry is reused only while the stored
/// JSON (read with the instance) is unchanged.
/// </summary>
internal sealed class DefinitionCache(WorkflowDefinitionSerializer serializer)
{
    private readonly ConcurrentDictionary<string, (string Json, WorkflowDefinition Definition)> definitions = new();

    /// <exception cref="WorkflowDefinitionVersionMissingException">The version no longer exists.</exception>
    public WorkflowDefinition Get(string definitionVersionId, string? json)
    {
        if (json is null)
        {
            throw new WorkflowDefinitionVersionMissingException(definitionVersionId);
        }

        if (definitions.TryGetValue(definitionVersionId, out var cached) && string.Equals(cached.Json, json, StringComparison.Ordinal))
        {
            return cached.Definition;
        }

        var definition = serializer.Read(json).Definition;
        definitions[definitionVersionId] = (json, definition);
        return definition;
    }
}
