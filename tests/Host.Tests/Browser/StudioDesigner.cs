using Microsoft.Playwright;

namespace PlanWorkflows.Host.Tests.Browser;

/// <summary>Drives Studio's definition editor the way an administrator does, waiting for the API call each action makes.</summary>
internal sealed class StudioDesigner(IPage page)
{
    /// <summary>Blazor downloads and starts about 9 MB of WebAssembly; generous for a loaded 2-core CI machine.</summary>
    public const float BlazorStartTimeout = 120_000;

    private const string Editor = "elsa-workflow-definition-editor";
    private const string SaveEndpoint = "/elsa/api/workflow-definitions";

    public ILocator Nodes => page.Locator($"{Editor} .x6-node");

    public async Task WaitForNodesAsync(int count) =>
        await Nodes.Nth(count - 1).WaitForAsync(new LocatorWaitForOptions { Timeout = BlazorStartTimeout });

    /// <summary>Opens the palette category and drops the activity onto an empty band of the canvas; the editor selects it.</summary>
    public async Task DropFromPaletteAsync(string category, string displayName)
    {
        await page.GetByText(category, new PageGetByTextOptions { Exact = true }).ClickAsync();
        var paletteItem = page.Locator("div[draggable=true]", new PageLocatorOptions { HasText = displayName });
        await paletteItem.DragToAsync(page.Locator($"{Editor} .x6-graph"), new LocatorDragToOptions
        {
            TargetPosition = new TargetPosition { X = 350, Y = 140 },
        });
    }

    /// <summary>Types into the selected activity's input and waits for the auto-save that carries the value.</summary>
    public async Task SetInputAndAutoSaveAsync(string inputLabel, string value)
    {
        var input = page.Locator($"{Editor} .mud-input-control", new PageLocatorOptions { HasText = inputLabel }).Locator("input").First;
        var saved = WaitForSaveAsync(body => body.Contains(value, StringComparison.Ordinal));
        await input.FillAsync(value);
        await input.PressAsync("Tab");
        (await saved).Status.Should().Be(200);
    }

    /// <summary>The toolbar's publish button sends the save request with <c>"publish": true</c>.</summary>
    public async Task PublishAsync()
    {
        var published = WaitForSaveAsync(body => body.Contains("\"publish\":true", StringComparison.Ordinal));
        await page.Locator($"{Editor} .mud-button-group-root button.mud-primary-text").ClickAsync();
        (await published).Status.Should().Be(200);
    }

    /// <summary>Clicks the play button; returns the started instance's id (from the response header) and sub-status.</summary>
    public async Task<StartedRun> RunAsync()
    {
        var executed = page.WaitForResponseAsync(response => response.Url.EndsWith("/execute", StringComparison.Ordinal));
        await page.Locator($"{Editor} button.mud-success-text").ClickAsync();
        var response = await executed;
        response.Status.Should().Be(200);
        var instanceId = await response.HeaderValueAsync("x-elsa-workflow-instance-id")
            ?? throw new InvalidOperationException("The execute response has no x-elsa-workflow-instance-id header.");
        var body = await response.JsonAsync();
        return new StartedRun(instanceId, body!.Value.GetProperty("workflowState").GetProperty("subStatus").GetString()!);
    }

    private Task<IResponse> WaitForSaveAsync(Func<string, bool> bodyMatches) =>
        page.WaitForResponseAsync(response => response.Url.EndsWith(SaveEndpoint, StringComparison.Ordinal)
            && response.Request.Method == "POST"
            && bodyMatches(response.Request.PostData ?? string.Empty));
}

internal sealed record StartedRun(string InstanceId, string SubStatus);
