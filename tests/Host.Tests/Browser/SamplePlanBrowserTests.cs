using Microsoft.Playwright;

namespace PlanWorkflows.Host.Tests.Browser;

/// <summary>The whole Studio scenario on the sample plan's section II.2 workflow, a screenshot per step.</summary>
[Trait("Category", "Browser")]
public sealed class SamplePlanBrowserTests(StudioBrowserFixture fixture) : IClassFixture<StudioBrowserFixture>
{
    private const string SignOffsCategory = "Kế hoạch";
    private const string SignOffsDisplayName = "Lấy ý kiến phối hợp";
    private const string TitleInput = "Tiêu đề";
    /// <summary>ASCII: Studio escapes other characters in the JSON it posts, and the test finds the save by this text.</summary>
    private const string NewTitle = "Sign-offs added by the browser test";

    [Fact]
    public async Task DesignPublishRunAndView_SamplePlanSectionII2_JournalShowsTheRun()
    {
        var definitionId = await SamplePlanWorkflow.ImportAsync(fixture);
        var activityCount = SamplePlanWorkflow.ActivityCount();
        await using var session = await StudioBrowserSession.OpenAsync(fixture);
        var designer = new StudioDesigner(session.Page);

        await session.Page.GotoAsync($"/studio/definitions/{definitionId}");
        await session.SignInAsync(StudioBrowserFixture.AdminUserName, StudioBrowserFixture.AdminPassword);
        await designer.WaitForNodesAsync(activityCount);
        await session.ScreenshotAsync("05-sample-plan-designer");
        (await designer.Nodes.CountAsync()).Should().Be(activityCount);

        await designer.DropFromPaletteAsync(SignOffsCategory, SignOffsDisplayName);
        await designer.WaitForNodesAsync(activityCount + 1);
        await session.ScreenshotAsync("06-collect-sign-offs-dropped");

        await designer.SetInputAndAutoSaveAsync(TitleInput, NewTitle);
        await session.ScreenshotAsync("07-input-changed-and-saved");

        await designer.PublishAsync();
        await session.ScreenshotAsync("08-published");

        var run = await designer.RunAsync();
        var instanceId = run.InstanceId;
        await session.Page.GetByText("Successfully started workflow").WaitForAsync();
        await session.ScreenshotAsync("09-run-started");

        var journal = session.Page.WaitForResponseAsync(
            response => response.Url.Contains($"/workflow-instances/{instanceId}/journal", StringComparison.Ordinal),
            new PageWaitForResponseOptions { Timeout = StudioDesigner.BlazorStartTimeout });
        await session.Page.GotoAsync($"/studio/instances/{instanceId}");
        await journal;
        var startEntry = session.Page.Locator("elsa-workflow-instance-viewer .mud-timeline-item", new PageLocatorOptions { HasText = "Start - Started" });
        await startEntry.WaitForAsync(new LocatorWaitForOptions { Timeout = StudioDesigner.BlazorStartTimeout });
        await session.ScreenshotAsync("10-instance-journal");

        run.SubStatus.Should().Be("Suspended", "the plan's first tasks wait for their units");
        (await session.Page.Locator("elsa-workflow-instance-viewer .mud-timeline-item").CountAsync()).Should().BeGreaterThan(2);
        session.ApiResponses.Should().OnlyContain(call => call.Status < 400);
        session.ConsoleErrors.Should().BeEmpty();
    }
}
