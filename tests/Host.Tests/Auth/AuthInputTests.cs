using PlanWorkflows.Host.Auth;

namespace PlanWorkflows.Host.Tests.Auth;

public sealed class AuthInputTests
{
    [Theory]
    [InlineData("/studio/instances", "/studio/instances")]
    [InlineData("//evil.example/", LoginForm.DefaultReturnUrl)]
    [InlineData("/\\evil.example/", LoginForm.DefaultReturnUrl)]
    [InlineData("https://evil.example/", LoginForm.DefaultReturnUrl)]
    [InlineData(null, LoginForm.DefaultReturnUrl)]
    public void LocalReturnUrl_AnyInput_StaysOnThisSite(string? returnUrl, string expected)
    {
        LoginForm.LocalReturnUrl(returnUrl).Should().Be(expected);
    }

    [Theory]
    [InlineData("key", "Admin", true)]
    [InlineData("key", "Reader", true)]
    [InlineData("key", "Owner", false)]
    [InlineData("", "Admin", false)]
    public void Validate_ApiKey_AcceptsOnlyNonEmptyKeysWithKnownRoles(string key, string role, bool valid)
    {
        var options = new ApiKeyOptions();
        options.ApiKeys.Add(new ConfiguredApiKey { Key = key, Role = role });

        new ApiKeyOptionsValidator().Validate(name: null, options).Succeeded.Should().Be(valid);
    }
}
