using System.Text.Json;
using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Validation;

namespace PlanWorkflows.Engine.Serialization;

/// <summary>
/// Reads and writes Elsa 3 workflow-definition JSON. Reading needs the registry: an activity's descriptor decides which
/// of its properties are inputs, outputs or unknown; unknown activity types load as not-found placeholders.
/// Missing ids (Studio's save model has none) come from the identity generator.
/// </summary>
public sealed class WorkflowDefinitionSerializer(ActivityRegistry registry, IIdentityGenerator identityGenerator)
{
    /// <exception cref="DefinitionValidationException">The text is not JSON, not an object, or lacks a root or an activity type.</exception>
    public WorkflowDefinitionReadResult Read(string json) => Read(Parse(json));

    public WorkflowDefinitionReadResult Read(JsonObject json)
    {
        var activityReader = new ActivityNodeReader(registry, identityGenerator);
        var definition = DefinitionJsonReader.Read(json, activityReader, identityGenerator.NewId);
        return new WorkflowDefinitionReadResult(definition, activityReader.Diagnostics);
    }

    public static JsonObject ToJson(WorkflowDefinition definition) => DefinitionJsonWriter.Write(definition);

    public static string Write(WorkflowDefinition definition) => ToJson(definition).ToJsonString(ElsaJson.Options);

    /// <exception cref="DefinitionValidationException">The text is not a JSON object; the error gives line and position.</exception>
    public static JsonObject Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject ?? throw new DefinitionValidationException(
                [new DefinitionError("The workflow definition JSON must be an object.")]);
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var position = (exception.BytePositionInLine ?? 0) + 1;
            throw new DefinitionValidationException(
                [new DefinitionError($"Malformed JSON at line {line}, position {position}: {exception.Message}")]);
        }
    }
}
