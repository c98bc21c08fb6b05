using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Serialization;

/// <summary>Writes a definition with every top-level field of Elsa's format, then the unknown fields it was read with.</summary>
internal static class DefinitionJsonWriter
{
    public static JsonObject Write(WorkflowDefinition definition)
    {
        var json = new JsonObject
        {
            ["id"] = definition.Id,
            ["definitionId"] = definition.DefinitionId,
            ["name"] = definition.Name,
            ["description"] = definition.Description,
            ["createdAt"] = definition.CreatedAt is { } createdAt ? ElsaJsonNodes.From(createdAt) : null,
            ["version"] = definition.Version,
            ["toolVersion"] = definition.ToolVersion,
            ["variables"] = ElsaJsonNodes.From(definition.Variables),
            ["inputs"] = ElsaJsonNodes.From(definition.Inputs),
            ["outputs"] = ElsaJsonNodes.From(definition.Outputs),
            ["outcomes"] = ElsaJsonNodes.From(definition.Outcomes),
            ["customProperties"] = definition.CustomProperties.DeepClone(),
            ["isReadonly"] = definition.IsReadonly,
            ["isSystem"] = definition.IsSystem,
            ["isLatest"] = definition.IsLatest,
            ["isPublished"] = definition.IsPublished,
            ["options"] = definition.Options is { } options ? ElsaJsonNodes.From(options) : null,
            ["root"] = ActivityNodeWriter.Write(definition.Root),
        };
        foreach (var (key, value) in definition.UnknownProperties)
        {
            json[key] = value?.DeepClone();
        }

        return json;
    }
}
