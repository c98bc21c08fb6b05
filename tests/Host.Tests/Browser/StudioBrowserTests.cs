using Microsoft.Playwright;

namespace PlanWorkflows.Host.Tests.Browser;

[Trait("Category", "Browser")]
public sealed class StudioBrowserTests(StudioBrowserFixture fixture) : IClassFixture<StudioBrowserFixture>
{
    private const float BlazorStartTimeout = StudioDesigner.BlazorStartTimeout;

    private const string DefinitionsEndpoint = "/elsa/api/workflow-definitions";

    private const string ReadOnlyBanner = "read-only mode";

    [Fact]
    public async Task OpenStudio_AfterSigningIn_DefinitionListRendersWithoutErrors()
    {
        await using var session = await StudioBrowserSession.OpenAsync(fixture);
        await StudioDefinitions.CreateThreeStepAsync(fixture, "Listed in Studio");

        await session.Page.GotoAsync("/studio/");
        session.Page.Url.Should().EndWith("/login?returnUrl=%2Fstudio%2F");
        await session.ScreenshotAsync("01-login");
        var definitionsCall = session.Page.WaitForResponseAsync(
            response => response.Url.Contains(DefinitionsEndpoint, StringComparison.Ordinal),
            new PageWaitForResponseOptions { Timeout = BlazorStartTimeout });
        await session.SignInAsync(StudioBrowserFixture.AdminUserName, StudioBrowserFixture.AdminPassword);
        await session.Page.WaitForURLAsync("**/studio/");
        await session.Page.WaitForSelectorAsync(
            "elsa-workflow-definition-list .mud-table", new PageWaitForSelectorOptions { Timeout = BlazorStartTimeout });
        await definitionsCall;
        await session.Page.GetByText("Listed in Studio").First.WaitForAsync(new LocatorWaitForOptions { Timeout = BlazorStartTimeout });
        await session.ScreenshotAsync("02-definition-list");

        (await session.Page.InnerTextAsync("elsa-workflow-definition-list")).Should().Contain("Definition ID");
        session.ApiResponses.Should().NotBeEmpty().And.OnlyContain(call => call.Status < 400);
        session.ConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task OpenDesigner_DefinitionCreatedThroughTheApi_RendersEveryActivity()
    {
        var definitionId = await StudioDefinitions.CreateThreeStepAsync(fixture, "Three steps");
        await using var session = await StudioBrowserSession.OpenAsync(fixture);

        await session.Page.GotoAsync($"/studio/definitions/{definitionId}");
        await session.SignInAsync(StudioBrowserFixture.AdminUserName, StudioBrowserFixture.AdminPassword);
        await session.Page.WaitForURLAsync($"**/studio/definitions/{definitionId}");
        var nodes = session.Page.Locator("elsa-workflow-definition-editor .x6-node");
        await nodes.Nth(2).WaitForAsync(new LocatorWaitForOptions { Timeout = BlazorStartTimeout });
        await session.ScreenshotAsync("03-designer");

        (await nodes.CountAsync()).Should().Be(3);
        (await session.Page.GetByText(ReadOnlyBanner).CountAsync()).Should().Be(0, "the administrator may edit");
        session.ApiResponses.Should().OnlyContain(call => call.Status < 400);
        session.ConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task OpenDesigner_AsReader_ShowsStudiosReadOnlyBanner()
    {
        var definitionId = await StudioDefinitions.CreateThreeStepAsync(fixture, "Read-only steps");
        await using var session = await StudioBrowserSession.OpenWithApiKeyAsync(fixture, StudioBrowserFixture.ReaderApiKey);

        await session.Page.GotoAsync($"/studio/definitions/{definitionId}");
        await session.Page.GetByText(ReadOnlyBanner).First.WaitForAsync(new LocatorWaitForOptions { Timeout = BlazorStartTimeout });
        await session.ScreenshotAsync("04-designer-read-only");

        session.FailedResponses.Should().BeEmpty();
        session.ConsoleErrors.Should().BeEmpty();
    }
}
