using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using PlanWorkflows.Host.Tests.Auth;

namespace PlanWorkflows.Host.Tests.ElsaApi;

/// <summary>Calls <c>/elsa/api</c> of the test Host as Studio does, with an Admin or a Reader API key.</summary>
internal sealed class ElsaApiClient(HttpClient http) : IDisposable
{
    public static ElsaApiClient Admin(SecuredHostFactory factory) => new(factory.CreateClientWithApiKey(SecuredHostFactory.AdminApiKey));

    public static ElsaApiClient Reader(SecuredHostFactory factory) => new(factory.CreateClientWithApiKey(SecuredHostFactory.ReaderApiKey));

    public HttpClient Http => http;

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(Api(path));

    public Task<HttpResponseMessage> PostAsync(string path, JsonNode? body = null) =>
        http.PostAsync(Api(path), new StringContent(body?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> DeleteAsync(string path) => http.DeleteAsync(Api(path));

    public async Task<JsonObject> GetJsonAsync(string path) => await ReadOkAsync(await GetAsync(path));

    public async Task<JsonObject> PostJsonAsync(string path, JsonNode? body = null) => await ReadOkAsync(await PostAsync(path, body));

    /// <summary>Creates a definition through Studio's recorded "Create workflow" body under a new name; returns the saved definition.</summary>
    public async Task<JsonObject> CreateAsync(string name, bool publish = false)
    {
        var body = RecordedStudioCalls.CreateWorkflowBody();
        body["model"]!["name"] = name;
        body["publish"] = publish;
        return (await PostJsonAsync("/workflow-definitions", body))["workflowDefinition"]!.AsObject();
    }

    public static async Task<JsonObject> ReadOkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().BeOneOf([HttpStatusCode.OK, HttpStatusCode.Created], text);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static async Task<JsonObject> ReadProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public void Dispose() => http.Dispose();

    private static Uri Api(string path) => new("/elsa/api" + path, UriKind.Relative);
}
