using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Serialization;
using PlanWorkflows.Engine.Tests.TestSupport;
using TestDefinitions = PlanWorkflows.Engine.Tests.TestSupport.Definitions;

namespace PlanWorkflows.Engine.Tests.Runtime.Execution.Support;

/// <summary>Writes small Elsa 3 definitions (a root flowchart) as JSON and reads them with the engine's serializer.</summary>
internal sealed class FlowchartBuilder(ActivityRegistry? registry = null)
{
    private readonly JsonArray _activities = [];
    private readonly JsonArray _connections = [];
    private readonly JsonArray _variables = [];
    private readonly JsonArray _inputs = [];
    private readonly JsonObject _options = [];

    public static JsonObject Literal(string typeName, JsonNode? value) => Wrapped(typeName, "Literal", value);

    public static JsonObject JavaScript(string typeName, string script) => Wrapped(typeName, "JavaScript", script);

    public static JsonObject Wrapped(string typeName, string expressionType, JsonNode? value) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = expressionType, ["value"] = value } };

    public FlowchartBuilder Activity(string id, string type, JsonObject? properties = null)
    {
        var activity = properties ?? [];
        activity["id"] = id;
        activity["type"] = type;
        activity["version"] = 1;
        _activities.Add(activity);
        return this;
    }

    public FlowchartBuilder WriteLine(string id, string text) => Activity(id, "Elsa.WriteLine", new() { ["text"] = Literal("String", text) });

    public FlowchartBuilder Event(string id, string eventName) => Activity(id, "Elsa.Event", new() { ["eventName"] = Literal("String", eventName) });

    public FlowchartBuilder Join(string id, string mode) => Activity(id, "Elsa.FlowJoin", new() { ["mode"] = Literal("FlowJoinMode", mode) });

    public FlowchartBuilder Fork(string id, params string[] branches) =>
        Activity(id, "Elsa.FlowFork", new() { ["branches"] = Wrapped("String[]", "Object", new JsonArray([.. branches.Select(branch => JsonValue.Create(branch))])) });

    public FlowchartBuilder Connect(string source, string target, string port = "Done")
    {
        _connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
        });
        return this;
    }

    /// <summary>Connects the activities one after another by their Done port.</summary>
    public FlowchartBuilder Chain(params string[] activityIds)
    {
        for (var index = 1; index < activityIds.Length; index++)
        {
            Connect(activityIds[index - 1], activityIds[index]);
        }

        return this;
    }

    public FlowchartBuilder Variable(string id, string name, string typeName, string? value = null)
    {
        _variables.Add(new JsonObject { ["id"] = id, ["name"] = name, ["typeName"] = typeName, ["value"] = value });
        return this;
    }

    public FlowchartBuilder Input(string name, string type = "String")
    {
        _inputs.Add(new JsonObject { ["name"] = name, ["type"] = type });
        return this;
    }

    public FlowchartBuilder IncidentStrategy(string typeName)
    {
        _options["incidentStrategyType"] = typeName;
        return this;
    }

    public WorkflowDefinition Build()
    {
        var json = new JsonObject
        {
            ["id"] = "definition-version-1",
            ["definitionId"] = "definition-1",
            ["version"] = 1,
            ["variables"] = _variables.DeepClone(),
            ["inputs"] = _inputs.DeepClone(),
            ["options"] = _options.DeepClone(),
            ["root"] = new JsonObject
            {
                ["id"] = "Flowchart1",
                ["type"] = "Elsa.Flowchart",
                ["version"] = 1,
                ["activities"] = _activities.DeepClone(),
                ["connections"] = _connections.DeepClone(),
            },
        };
        var serializer = new WorkflowDefinitionSerializer(registry ?? TestDefinitions.Registry, new SequentialIdentityGenerator());
        return serializer.Read(json.ToJsonString()).Definition;
    }
}
