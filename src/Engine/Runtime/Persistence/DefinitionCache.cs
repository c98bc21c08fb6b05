using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Serialization;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>
/// Parsed definitions by version id. A draft version is edited in place, so an entry is reused only while the stored
/// JSON is unchanged.
/// </summary>
internal sealed class DefinitionCache(WorkflowDefinitionSerializer serializer)
{
    private readonly ConcurrentDictionary<string, (string Json, WorkflowDefinition Definition)> definitions = new();

    /// <exception cref="WorkflowDefinitionVersionMissingException">The version no longer exists.</exception>
    public async Task<WorkflowDefinition> GetAsync(
        EngineDbContext context, string definitionVersionId, CancellationToken cancellationToken)
    {
        var json = await context.WorkflowDefinitionVersions
            .Where(version => version.Id == definitionVersionId)
            .Select(version => version.Data)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new WorkflowDefinitionVersionMissingException(definitionVersionId);
        if (definitions.TryGetValue(definitionVersionId, out var cached) && string.Equals(cached.Json, json, StringComparison.Ordinal))
        {
            return cached.Definition;
        }

        var definition = serializer.Read(json).Definition;
        definitions[definitionVersionId] = (json, definition);
        return definition;
    }
}
