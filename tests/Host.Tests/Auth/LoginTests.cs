using System.Net;

namespace PlanWorkflows.Host.Tests.Auth;

public sealed class LoginTests(SecuredHostFactory factory) : IClassFixture<SecuredHostFactory>
{
    [Fact]
    public async Task GetLogin_Form_IsVietnameseFirst()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/login", UriKind.Relative));

        html.Should().Contain("Đăng nhập");
        html.IndexOf("Đăng nhập", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("Sign in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostLogin_WithAdministratorPassword_SetsHttpOnlyStrictCookieAndRedirects()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await LoginClient.PostLoginAsync(client, SecuredHostFactory.AdminUserName, SecuredHostFactory.AdminPassword);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/studio/");
        var authCookie = response.Headers.GetValues("Set-Cookie").Single(cookie => cookie.StartsWith("PlanWorkflows.Auth=", StringComparison.Ordinal));
        authCookie.Should().Contain("httponly").And.Contain("samesite=strict");
    }

    [Fact]
    public async Task PostLogin_ThenElsaApi_CookieAuthenticatesTheCall()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var login = await LoginClient.PostLoginAsync(client, SecuredHostFactory.AdminUserName, SecuredHostFactory.AdminPassword);

        using var response = await client.GetAsync(new Uri("/elsa/api/features/installed", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PostLogin_WithWrongPassword_Answers401WithoutCookie()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await LoginClient.PostLoginAsync(client, SecuredHostFactory.AdminUserName, "wrong password");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Sai tên đăng nhập hoặc mật khẩu");
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).Should().NotContain(cookie => cookie.StartsWith("PlanWorkflows.Auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostLogin_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["userName"] = SecuredHostFactory.AdminUserName, ["password"] = SecuredHostFactory.AdminPassword }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PostLogout_AfterLogin_EndsTheSession()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var login = await LoginClient.PostLoginAsync(client, SecuredHostFactory.AdminUserName, SecuredHostFactory.AdminPassword);
        var page = await client.GetStringAsync(new Uri("/studio/", UriKind.Relative));

        using var logout = await client.PostAsync(new Uri("/logout", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = LoginClient.AntiforgeryToken(page) }));
        using var after = await client.GetAsync(new Uri("/elsa/api/features/installed", UriKind.Relative));

        logout.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PostLogout_WithoutAntiforgeryToken_KeepsTheSession()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var login = await LoginClient.PostLoginAsync(client, SecuredHostFactory.AdminUserName, SecuredHostFactory.AdminPassword);

        using var logout = await client.PostAsync(new Uri("/logout", UriKind.Relative), new FormUrlEncodedContent([]));
        using var after = await client.GetAsync(new Uri("/elsa/api/features/installed", UriKind.Relative));

        logout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        after.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
