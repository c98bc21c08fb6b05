using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace PlanWorkflows.Host.Tests.Browser;

/// <summary>The compiled sample plan's section II.2 workflow (workflow-definitions/), imported through the Host's Elsa API.</summary>
internal static class SamplePlanWorkflow
{
    public const string FileName = "kh-2024-bfdda2a4-ii-2.json";

    public static JsonObject Read() =>
        JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("workflow-definitions", FileName)))!.AsObject();

    public static int ActivityCount() => Read()["root"]!["activities"]!.AsArray().Count;

    /// <summary>Imports the definition as a script with the Admin API key would; returns its definition id.</summary>
    public static async Task<string> ImportAsync(StudioBrowserFixture fixture)
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };
        http.DefaultRequestHeaders.Add("Authorization", $"ApiKey {StudioBrowserFixture.AdminApiKey}");
        using var response = await http.PostAsync(
            new Uri("/elsa/api/workflow-definitions/import", UriKind.Relative),
            new StringContent(Read().ToJsonString(), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var imported = await response.Content.ReadFromJsonAsync<JsonObject>();
        return imported!["definitionId"]!.GetValue<string>();
    }
}
