using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Host.Auth;

namespace PlanWorkflows.Host.Tests.Auth;

public sealed class ElsaApiAuthenticationTests(SecuredHostFactory factory) : IClassFixture<SecuredHostFactory>
{
    private static readonly Uri InstalledFeatures = new("/elsa/api/features/installed", UriKind.Relative);

    [Fact]
    public async Task Get_ElsaApiWithoutCredentials_Answers401NotARedirect()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(InstalledFeatures);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.Location.Should().BeNull();
    }

    [Theory]
    [InlineData(SecuredHostFactory.AdminApiKey)]
    [InlineData(SecuredHostFactory.ReaderApiKey)]
    public async Task Get_ElsaApiWithConfiguredApiKey_Answers200(string apiKey)
    {
        using var client = factory.CreateClientWithApiKey(apiKey);

        using var response = await client.GetAsync(InstalledFeatures);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_ElsaApiWithUnknownApiKey_Answers401WithApiKeyChallenge()
    {
        using var client = factory.CreateClientWithApiKey("not-a-configured-key");

        using var response = await client.GetAsync(InstalledFeatures);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().ContainSingle(header => header.Scheme == "ApiKey");
    }

    [Theory]
    [InlineData(AuthRoles.Admin, true)]
    [InlineData(AuthRoles.Reader, false)]
    public async Task MayEditWorkflows_ByRole_FollowsTheWritePolicy(string role, bool expected)
    {
        using var scope = factory.Services.CreateScope();
        var permissions = scope.ServiceProvider.GetRequiredService<IStudioPermissions>();

        var mayEdit = await permissions.MayEditWorkflowsAsync(Caller(role));

        mayEdit.Should().Be(expected);
    }

    [Fact]
    public async Task MayEditWorkflows_Anonymous_IsFalse()
    {
        using var scope = factory.Services.CreateScope();
        var permissions = scope.ServiceProvider.GetRequiredService<IStudioPermissions>();

        (await permissions.MayEditWorkflowsAsync(new ClaimsPrincipal(new ClaimsIdentity()))).Should().BeFalse();
    }

    private static ClaimsPrincipal Caller(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "caller"), new Claim(ClaimTypes.Role, role)], AuthSchemes.ApiKey));
}
