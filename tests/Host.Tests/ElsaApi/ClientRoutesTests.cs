using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PlanWorkflows.Host.Tests.Auth;
using PlanWorkflows.Host.Tests.ElsaApi.Instances;

namespace PlanWorkflows.Host.Tests.ElsaApi;

/// <summary>Every route of Elsa Studio 3.8's API client (shared/reference/elsa-studio/client-routes-3.8.txt) that its elements can reach.</summary>
public sealed partial class ClientRoutesTests(SecuredHostFactory factory) : IClassFixture<SecuredHostFactory>
{
    private const string ExternalAuthentication = "/external-authentication/";

    /// <summary>
    /// Routes none of the four elements calls against this server, which answer 404: alterations (only with the
    /// <c>Elsa.Alterations</c> feature, which we do not report), one installed feature by name (404 = not installed),
    /// the Login module's sign-in and the shell reloads (not in the npm bundle), RunTask completion (no RunTask
    /// activity), and composite-activity subgraphs (only for embedded ports, which no activity here has).
    /// </summary>
    private static readonly string[] UnreachablePrefixes =
    [
        "/alterations/", "/features/installed/", "/identity/login", "/shells/", "/tasks/", "/workflow-definitions/subgraph/",
    ];


    [Fact]
    public async Task EveryClientRoute_CalledAsStudioWould_AnswersWithoutServerErrorOrUncaught404()
    {
        using var admin = ElsaApiClient.Admin(factory);
        var started = await StartedInstances.RunToBookmarkAsync(admin, "Route walk");
        var definition = await admin.GetJsonAsync($"/workflow-definitions/by-definition-id/{started.DefinitionId}?versionOptions=Published");
        var definitionVersionId = definition["id"]!.GetValue<string>();
        var values = new Dictionary<string, string>
        {
            ["definitionId"] = started.DefinitionId,
            ["id"] = started.InstanceId,
            ["workflowInstanceId"] = started.InstanceId,
            ["versionOptions"] = "Latest",
            ["version"] = "1",
            ["name"] = "Route walk",
            ["includeConsumingWorkflows"] = "false",
        };

        var failures = new List<string>();
        foreach (var (method, template) in ClientRoutes())
        {
            var path = Placeholder().Replace(template, match =>
                match.Groups[1].Value == "id" && template.StartsWith("/workflow-definition", StringComparison.Ordinal)
                    ? definitionVersionId
                    : values.GetValueOrDefault(match.Groups[1].Value, "unknown"));
            using var response = await SendAsync(admin, method, path);
            var uncaught404 = response.StatusCode == HttpStatusCode.NotFound && !IsDocumentedNotFound(path);
            if ((int)response.StatusCode >= 500 || uncaught404)
            {
                failures.Add($"{method} {path} → {(int)response.StatusCode}");
            }
        }

        failures.Should().BeEmpty("every route Studio can call must answer: {0}", string.Join("; ", failures));
    }

    /// <summary>Activity executions are looked up by an id Studio got from us, and Elsa's server answers 404 for an unknown one.</summary>
    private static bool IsDocumentedNotFound(string path) =>
        path.StartsWith("/activity-executions/by-id", StringComparison.Ordinal) || path.EndsWith("/call-stack", StringComparison.Ordinal)
        || UnreachablePrefixes.Any(prefix => path.StartsWith(prefix, StringComparison.Ordinal));

    private static Task<HttpResponseMessage> SendAsync(ElsaApiClient client, string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), new Uri("/elsa/api" + path, UriKind.Relative));
        if (method is "Post" or "Put")
        {
            request.Content = new StringContent(new JsonObject().ToJsonString(), Encoding.UTF8, "application/json");
        }

        return client.Http.SendAsync(request);
    }

    private static IEnumerable<(string Method, string Template)> ClientRoutes() =>
        File.ReadLines(RecordedStudioCalls.File("client-routes-3.8.txt"))
            .Select(line => Route().Match(line))
            .Where(match => match.Success && !match.Groups["path"].Value.StartsWith(ExternalAuthentication, StringComparison.Ordinal))
            .Select(match => (match.Groups["method"].Value, match.Groups["path"].Value))
            .OrderBy(route => route.Item1 == "Delete" || route.Item2.Contains("/delete/", StringComparison.Ordinal));

    [GeneratedRegex("""\[(?<method>Get|Post|Put|Delete)\("(?<path>[^"]+)"\)\]""")]
    private static partial Regex Route();

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
