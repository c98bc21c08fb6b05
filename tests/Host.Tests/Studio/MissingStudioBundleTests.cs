using System.Net;
using PlanWorkflows.Host.Tests.Auth;

namespace PlanWorkflows.Host.Tests.Studio;

public sealed class MissingStudioBundleTests(HostWithoutStudioBundleFactory factory) : IClassFixture<HostWithoutStudioBundleFactory>
{
    [Fact]
    public async Task Get_StudioWithoutBundle_ExplainsHowToInstallIt()
    {
        using var client = factory.CreateClientWithApiKey(SecuredHostFactory.AdminApiKey);

        using var response = await client.GetAsync(new Uri("/studio/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        html.Should().Contain("npm ci").And.Contain("src/Host").And.Contain(factory.BundlePath)
            .And.NotContain("blazor.webassembly.js");
    }

    [Fact]
    public async Task Get_HealthWithoutBundle_HostStillAnswers()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
