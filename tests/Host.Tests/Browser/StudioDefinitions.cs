using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace PlanWorkflows.Host.Tests.Browser;

/// <summary>Creates definitions through the Host's Elsa API, as a script with the Admin API key would.</summary>
internal static class StudioDefinitions
{
    /// <summary>Start → WriteLine → End, laid out left to right; returns the new definition id.</summary>
    public static async Task<string> CreateThreeStepAsync(StudioBrowserFixture fixture, string name)
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };
        http.DefaultRequestHeaders.Add("Authorization", $"ApiKey {StudioBrowserFixture.AdminApiKey}");
        var model = new JsonObject
        {
            ["definitionId"] = null,
            ["name"] = name,
            ["toolVersion"] = "3.8.0",
            ["root"] = new JsonObject
            {
                ["id"] = "Flowchart1",
                ["type"] = "Elsa.Flowchart",
                ["version"] = 1,
                ["activities"] = new JsonArray(Node("Start1", "Elsa.Start", 0), Node("WriteLine1", "Elsa.WriteLine", 300), Node("End1", "Elsa.End", 600)),
                ["connections"] = new JsonArray(Connect("Start1", "WriteLine1"), Connect("WriteLine1", "End1")),
            },
        };
        using var response = await http.PostAsync(
            new Uri("/elsa/api/workflow-definitions", UriKind.Relative),
            new StringContent(new JsonObject { ["model"] = model, ["publish"] = false }.ToJsonString(), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var saved = await response.Content.ReadFromJsonAsync<JsonObject>();
        return saved!["workflowDefinition"]!["definitionId"]!.GetValue<string>();
    }

    private static JsonObject Node(string id, string type, int x) => new()
    {
        ["id"] = id,
        ["type"] = type,
        ["version"] = 1,
        ["metadata"] = new JsonObject
        {
            ["designer"] = new JsonObject
            {
                ["position"] = new JsonObject { ["x"] = x, ["y"] = 0 },
                ["size"] = new JsonObject { ["width"] = 180, ["height"] = 54 },
            },
        },
    };

    private static JsonObject Connect(string source, string target) => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = "Done" },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
    };
}
