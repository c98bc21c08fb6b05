using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Validation;

namespace PlanWorkflows.Engine.Serialization;

/// <summary>Maps the top-level fields of an Elsa definition; fields it does not know are kept verbatim.</summary>
internal static class DefinitionJsonReader
{
    public const string RootParentNodeId = "Workflow1";

    private static readonly HashSet<string> KnownProperties =
    [
        "id", "definitionId", "name", "description", "createdAt", "version", "toolVersion", "variables", "inputs",
        "outputs", "outcomes", "customProperties", "isLatest", "isPublished", "isReadonly", "isSystem", "options", "root",
    ];

    public static WorkflowDefinition Read(JsonObject json, ActivityNodeReader activityReader, Func<string> newId)
    {
        var rootJson = json["root"] as JsonObject ?? throw new DefinitionValidationException(
            [new DefinitionError("The definition has no 'root' activity object.") { Property = "root" }]);
        var unknown = new JsonObject();
        foreach (var (key, value) in json.Where(property => !KnownProperties.Contains(property.Key)))
        {
            unknown[key] = value?.DeepClone();
        }

        return new WorkflowDefinition
        {
            Id = json.StringOf("id") ?? newId(),
            DefinitionId = json.StringOf("definitionId") ?? newId(),
            Name = json.StringOf("name"),
            Description = json.StringOf("description"),
            CreatedAt = json.Deserialize<DateTimeOffset?>("createdAt"),
            Version = json.IntOf("version") ?? 1,
            ToolVersion = json.StringOf("toolVersion"),
            Variables = json.Deserialize<List<VariableDefinition>>("variables") ?? [],
            Inputs = json.Deserialize<List<InputDefinition>>("inputs") ?? [],
            Outputs = json.Deserialize<List<OutputDefinition>>("outputs") ?? [],
            Outcomes = json.Deserialize<List<string>>("outcomes") ?? [],
            CustomProperties = json.ObjectOf("customProperties"),
            IsLatest = json.BoolOf("isLatest"),
            IsPublished = json.BoolOf("isPublished"),
            IsReadonly = json.BoolOf("isReadonly"),
            IsSystem = json.BoolOf("isSystem"),
            Options = json.Deserialize<WorkflowOptions>("options"),
            Root = activityReader.Read(rootJson, RootParentNodeId),
            UnknownProperties = unknown,
        };
    }
}
