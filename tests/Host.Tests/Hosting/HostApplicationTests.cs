using System.Net;
using System.Net.Http.Json;
using PlanWorkflows.Host.Tests.Auth;
using PlanWorkflows.Host.Hosting;

namespace PlanWorkflows.Host.Tests.Hosting;

public sealed class HostApplicationTests(SecuredHostFactory factory) : IClassFixture<SecuredHostFactory>
{
    [Fact]
    public async Task Health_WhenHostRuns_AnswersOk()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<HealthResponse>())!.Status.Should().Be("ok");
    }
}
