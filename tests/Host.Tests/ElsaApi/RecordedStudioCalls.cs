using System.Text.Json.Nodes;

namespace PlanWorkflows.Host.Tests.ElsaApi;

/// <summary>
/// The calls the real Elsa Studio 3.8.2 made against a logging backend (shared/reference/elsa-studio), read in place
/// at test time.
/// </summary>
internal static class RecordedStudioCalls
{
    private static readonly Lazy<string> Folder = new(Find);

    /// <summary>The body Studio posted after an activity was dragged onto the canvas.</summary>
    public static JsonObject SaveBodyAfterDrag() =>
        JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Folder.Value, "save-request-after-drag.json")))!.AsObject();

    /// <summary>The body of "Create workflow" in the definition list: no definitionId, an empty flowchart.</summary>
    public static JsonObject CreateWorkflowBody() =>
        Requests().First(request => request.Method == "POST" && request.Path == "/elsa/api/workflow-definitions"
            && request.Body?["model"]?["definitionId"] is null)
            .Body!;

    /// <summary>Every distinct <c>GET /workflow-definitions?…</c> path and query Studio sent.</summary>
    public static IReadOnlyList<string> DefinitionListQueries() =>
        Requests().Where(request => request.Method == "GET" && request.Path.StartsWith("/elsa/api/workflow-definitions?", StringComparison.Ordinal))
            .Select(request => request.Path)
            .Distinct()
            .ToList();

    /// <summary>The body of the first <paramref name="method"/> call whose path (without the query) ends with <paramref name="pathSuffix"/>.</summary>
    public static JsonObject BodyOf(string method, string pathSuffix) =>
        Requests().First(request => request.Method == method && request.Body is not null
            && request.Path.Split('?')[0].EndsWith(pathSuffix, StringComparison.Ordinal))
            .Body!;

    /// <summary>The path of a file of the recording, such as the client's route list.</summary>
    public static string File(string name) => Path.Combine(Folder.Value, name);

    private static IEnumerable<RecordedRequest> Requests() =>
        System.IO.File.ReadLines(Path.Combine(Folder.Value, "requests.jsonl"))
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .Select(json => new RecordedRequest(
                json["method"]!.GetValue<string>(), json["url"]!.GetValue<string>(), BodyOf(json["body"])));

    /// <summary>Bodies were logged as JSON text.</summary>
    private static JsonObject? BodyOf(JsonNode? body) =>
        body is JsonValue text && text.TryGetValue<string>(out var json) ? JsonNode.Parse(json) as JsonObject : body as JsonObject;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference", "elsa-studio");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No shared/reference/elsa-studio folder above " + AppContext.BaseDirectory);
    }

    private sealed record RecordedRequest(string Method, string Path, JsonObject? Body);
}
