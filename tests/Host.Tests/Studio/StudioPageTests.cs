using System.Net;
using PlanWorkflows.Host.Tests.Auth;

namespace PlanWorkflows.Host.Tests.Studio;

public sealed class StudioPageTests(SecuredHostFactory factory) : IClassFixture<SecuredHostFactory>
{
    [Theory]
    [InlineData("/studio/", "<elsa-workflow-definition-list remote-endpoint=\"http://localhost/elsa/api\">")]
    [InlineData("/studio/definitions/plan-1", "<elsa-workflow-definition-editor remote-endpoint=\"http://localhost/elsa/api\" definition-id=\"plan-1\">")]
    [InlineData("/studio/instances", "<elsa-workflow-instance-list remote-endpoint=\"http://localhost/elsa/api\">")]
    [InlineData("/studio/instances/inst-1", "<elsa-workflow-instance-viewer remote-endpoint=\"http://localhost/elsa/api\" instance-id=\"inst-1\">")]
    public async Task Get_HostPage_RendersItsElementAgainstTheAbsoluteApiUrl(string path, string expectedElement)
    {
        using var client = factory.CreateClientWithApiKey(SecuredHostFactory.ReaderApiKey);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoCache.Should().BeTrue();
        html.Should().Contain(expectedElement)
            .And.Contain("<base href=\"/studio/\">")
            .And.Contain("_framework/blazor.webassembly.js")
            .And.Contain("customElements.whenDefined(element)")
            .And.Contain("action=\"/logout\"")
            .And.NotContain("fonts.googleapis.com");
    }

    [Fact]
    public async Task Get_DesignerPageWithMarkupInId_EncodesTheAttribute()
    {
        using var client = factory.CreateClientWithApiKey(SecuredHostFactory.AdminApiKey);

        var html = await client.GetStringAsync(new Uri("/studio/definitions/%22%3E%3Cscript%3E", UriKind.Relative));

        html.Should().Contain("definition-id=\"&quot;&gt;&lt;script&gt;\"");
    }

    [Fact]
    public async Task Get_HostPageWithoutCredentials_RedirectsToLogin()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/studio/instances", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("http://localhost/login?returnUrl=%2Fstudio%2Finstances");
    }
}
