using Microsoft.Playwright;

namespace PlanWorkflows.Host.Tests.Browser;

/// <summary>One browser context and page against the fixture's Host, collecting console errors and screenshots.</summary>
internal sealed class StudioBrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private StudioBrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        Page.PageError += (_, error) => ConsoleErrors.Add(error);
        Page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                FailedResponses.Add(new ApiCall(new Uri(response.Url).AbsolutePath, response.Status));
            }

            if (response.Url.Contains("/elsa/api/", StringComparison.Ordinal))
            {
                ApiResponses.Add(new ApiCall(new Uri(response.Url).AbsolutePath, response.Status));
            }
        };
    }

    public IPage Page { get; }

    public List<string> ConsoleErrors { get; } = [];

    /// <summary>Every response with an error status, pages and files included.</summary>
    public List<ApiCall> FailedResponses { get; } = [];

    /// <summary>The calls Studio made to the Elsa API, with their status codes.</summary>
    public List<ApiCall> ApiResponses { get; } = [];

    public static async Task<StudioBrowserSession> OpenAsync(StudioBrowserFixture fixture)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseAddress.ToString() });
        return new StudioBrowserSession(context, await context.NewPageAsync());
    }

    /// <summary>A session whose every request (pages and Studio's API calls) carries <c>Authorization: ApiKey</c>.</summary>
    public static async Task<StudioBrowserSession> OpenWithApiKeyAsync(StudioBrowserFixture fixture, string apiKey)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = $"ApiKey {apiKey}" },
        });
        return new StudioBrowserSession(context, await context.NewPageAsync());
    }

    public async Task SignInAsync(string userName, string password)
    {
        await Page.FillAsync("#userName", userName);
        await Page.FillAsync("#password", password);
        await Page.ClickAsync("button[type=submit]");
    }

    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(StudioBrowserFixture.ScreenshotFolder);
        var path = Path.Combine(StudioBrowserFixture.ScreenshotFolder, $"{name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}

internal sealed record ApiCall(string Path, int Status);
