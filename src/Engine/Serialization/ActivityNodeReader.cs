using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Activities.Core;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Validation;

namespace PlanWorkflows.Engine.Serialization;

/// <summary>Reads one activity (and, for a flowchart, its children) using the registry to tell inputs, outputs and unknown properties apart.</summary>
internal sealed class ActivityNodeReader(ActivityRegistry registry, IIdentityGenerator identityGenerator)
{
    private static readonly HashSet<string> BaseProperties = ["id", "nodeId", "name", "type", "version", "customProperties", "metadata"];

    private readonly List<DefinitionDiagnostic> _diagnostics = [];

    public IReadOnlyList<DefinitionDiagnostic> Diagnostics => _diagnostics;

    public ActivityNode Read(JsonObject json, string parentNodeId)
    {
        var id = json.StringOf("id") ?? identityGenerator.NewId();
        var type = json.StringOf("type") ?? throw new DefinitionValidationException(
            [new DefinitionError($"Activity '{id}' under '{parentNodeId}' has no 'type'.") { ActivityId = id, Property = "type" }]);
        var node = new ActivityNode
        {
            Id = id,
            NodeId = $"{parentNodeId}:{id}",
            Name = json.StringOf("name"),
            Type = type,
            Version = json.IntOf("version") ?? 1,
            CustomProperties = json.ObjectOf("customProperties"),
            Metadata = json.ObjectOf("metadata"),
        };
        var descriptor = registry.Find(type);
        if (descriptor is null)
        {
            _diagnostics.Add(new DefinitionDiagnostic(id, type, $"Activity '{id}' has type '{type}', which is not registered; it is kept as a not-found placeholder."));
            return node with { MissingType = new MissingActivityType(type, node.Version, (JsonObject)json.DeepClone()) };
        }

        var isFlowchart = descriptor.ActivityType == typeof(Flowchart);
        node = ReadProperties(node, json, descriptor, isFlowchart);
        return isFlowchart ? FlowchartJson.Read(node, json, this) : node;
    }

    private static ActivityNode ReadProperties(ActivityNode node, JsonObject json, ActivityDescriptor descriptor, bool isFlowchart)
    {
        var inputs = new Dictionary<string, ActivityInputValue?>();
        var plainInputs = new Dictionary<string, JsonNode?>();
        var outputs = new Dictionary<string, OutputReference?>();
        var unknown = new JsonObject();
        foreach (var (key, value) in json)
        {
            if (BaseProperties.Contains(key) || (isFlowchart && FlowchartJson.Properties.Contains(key)))
            {
                continue;
            }

            var input = descriptor.Inputs.FirstOrDefault(candidate => ElsaJson.CamelCase(candidate.Name) == key);
            var output = descriptor.Outputs.FirstOrDefault(candidate => ElsaJson.CamelCase(candidate.Name) == key);
            if (input is { IsWrapped: true })
            {
                inputs[input.Name] = ActivityValueJson.ReadInput(value, input.TypeName);
            }
            else if (input is not null)
            {
                plainInputs[input.Name] = value?.DeepClone();
            }
            else if (output is not null && ActivityValueJson.IsOutputReference(value))
            {
                outputs[output.Name] = ActivityValueJson.ReadOutput(value, output.TypeName);
            }
            else
            {
                unknown[key] = value?.DeepClone();
            }
        }

        return node with { Inputs = inputs, PlainInputs = plainInputs, Outputs = outputs, UnknownProperties = unknown };
    }
}
