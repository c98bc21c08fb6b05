using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Serialization;

namespace PlanWorkflows.Activities.Tests.Support;

/// <summary>A definition running one plan step whose every port leads to a WriteLine of the port's name.</summary>
internal static class StepDefinition
{
    public static WorkflowDefinition Of(ActivityRegistry registry, IIdentityGenerator identities, string activityType, JsonObject inputs)
    {
        var step = (JsonObject)inputs.DeepClone();
        step["id"] = "step";
        step["type"] = activityType;
        step["version"] = 1;
        var ports = registry.Find(activityType)!.Ports.Select(port => port.Name).ToList();
        var activities = new JsonArray(step);
        var connections = new JsonArray();
        foreach (var port in ports)
        {
            activities.Add(new JsonObject { ["id"] = port, ["type"] = "Elsa.WriteLine", ["version"] = 1, ["text"] = Literal("String", port) });
            connections.Add(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = "step", ["port"] = port },
                ["target"] = new JsonObject { ["activity"] = port, ["port"] = "In" },
            });
        }

        var json = new JsonObject
        {
            ["id"] = "plan-step-v1",
            ["definitionId"] = "plan-step",
            ["version"] = 1,
            ["root"] = new JsonObject
            {
                ["id"] = "Flowchart1",
                ["type"] = "Elsa.Flowchart",
                ["version"] = 1,
                ["activities"] = activities,
                ["connections"] = connections,
            },
        };
        return new WorkflowDefinitionSerializer(registry, identities).Read(json).Definition;
    }

    public static JsonObject Literal(string typeName, JsonNode? value) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };

    public static JsonObject Strings(params string[] values) =>
        new() { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = new JsonArray([.. values.Select(value => JsonValue.Create(value))]) } };
}
