using System.Text.Json.Nodes;

namespace PlanWorkflows.Host.Tests.ElsaApi.Instances;

/// <summary>Publishes small flowcharts through the API and runs them with Studio's recorded play-button body.</summary>
internal static class StartedInstances
{
    public const string Text = "Hello from the instance tests";
    public const string VariableId = "Greeting1";
    public const string VariableName = "greeting";

    /// <summary>Start → WriteLine → End; finishes in its first burst.</summary>
    public static Task<StartedInstance> RunToEndAsync(ElsaApiClient admin, string name) =>
        StartAsync(admin, name, WriteLine());

    /// <summary>Start → Event("go") → End; suspends on the event's bookmark.</summary>
    public static Task<StartedInstance> RunToBookmarkAsync(ElsaApiClient admin, string name) =>
        StartAsync(admin, name, Activity("Event1", "Elsa.Event", "eventName", "go"));

    /// <summary>Publishes Start → WriteLine → End without running it; returns the definition id.</summary>
    public static Task<string> PublishToEndAsync(ElsaApiClient admin, string name) => PublishAsync(admin, name, WriteLine());

    private static async Task<string> PublishAsync(ElsaApiClient admin, string name, JsonObject middle)
    {
        var model = new JsonObject
        {
            ["definitionId"] = null,
            ["name"] = name,
            ["variables"] = new JsonArray(new JsonObject
            {
                ["id"] = VariableId, ["name"] = VariableName, ["typeName"] = "String", ["isArray"] = false, ["value"] = "hello",
            }),
            ["root"] = new JsonObject
            {
                ["id"] = "Flowchart1",
                ["type"] = "Elsa.Flowchart",
                ["version"] = 1,
                ["activities"] = new JsonArray(Activity("Start1", "Elsa.Start"), middle, Activity("End1", "Elsa.End")),
                ["connections"] = new JsonArray(Connect("Start1", middle["id"]!.GetValue<string>()), Connect(middle["id"]!.GetValue<string>(), "End1")),
            },
        };
        var saved = await admin.PostJsonAsync("/workflow-definitions", new JsonObject { ["model"] = model, ["publish"] = true });
        return saved["workflowDefinition"]!["definitionId"]!.GetValue<string>();
    }

    public static JsonObject ExecuteBody() => RecordedStudioCalls.BodyOf("POST", "/execute");

    private static async Task<StartedInstance> StartAsync(ElsaApiClient admin, string name, JsonObject middle)
    {
        var definitionId = await PublishAsync(admin, name, middle);
        using var response = await admin.PostAsync($"/workflow-definitions/{definitionId}/execute", ExecuteBody());
        var body = await ElsaApiClient.ReadOkAsync(response);
        var instanceId = response.Headers.GetValues("x-elsa-workflow-instance-id").Single();
        return new StartedInstance(definitionId, instanceId, body);
    }

    private static JsonObject WriteLine() => Activity("WriteLine1", "Elsa.WriteLine", "text", Text);

    private static JsonObject Activity(string id, string type, string? input = null, string? value = null)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1 };
        if (input is not null)
        {
            activity[input] = new JsonObject
            {
                ["typeName"] = "String",
                ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value },
            };
        }

        return activity;
    }

    private static JsonObject Connect(string source, string target) => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = "Done" },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
    };
}

/// <summary>A started instance and the execute endpoint's answer.</summary>
internal sealed record StartedInstance(string DefinitionId, string InstanceId, JsonObject ExecuteResponse);
