using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using PlanWorkflows.Host.Hosting;

namespace PlanWorkflows.Host.Tests.Browser;

/// <summary>
/// The real Host on Kestrel (a free 127.0.0.1 port, a temp data folder, a known administrator password, the Studio
/// bundle npm installed in src/Host) and Debian's chromium driven by Playwright. Playwright never downloads a browser:
/// scripts/prerequisites.sh installs /usr/bin/chromium.
/// </summary>
public sealed class StudioBrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string AdminUserName = "admin";
    public const string AdminPassword = "browser-test-password";
    public const string AdminApiKey = "browser-admin-api-key";
    public const string ReaderApiKey = "browser-reader-api-key";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly DirectoryInfo _dataFolder = Directory.CreateTempSubdirectory("planworkflows-browser-");
    private WebApplication? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new FileNotFoundException($"{ChromiumPath} is missing: run scripts/prerequisites.sh (installs Debian's chromium).");
        }

        _host = HostApplication.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:Default=Data Source={Path.Combine(_dataFolder.FullName, "planworkflows.db")}",
            $"--Admin:UserName={AdminUserName}",
            $"--Admin:Password={AdminPassword}",
            $"--Auth:ApiKeys:0:Key={AdminApiKey}",
            "--Auth:ApiKeys:0:Role=Admin",
            $"--Auth:ApiKeys:1:Key={ReaderApiKey}",
            "--Auth:ApiKeys:1:Role=Reader",
            $"--WorkflowDefinitions:Folder={Path.Combine(_dataFolder.FullName, "no-workflow-definitions")}",
            $"--Studio:BundlePath={RepositoryRoot.Combine("src", "Host", "node_modules", "@elsa-workflows", "elsa-studio-wasm")}",
        ]);
        await _host.StartAsync();
        BaseAddress = new Uri(_host.Urls.Single());

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.StopAsync();
            await _host.DisposeAsync();
        }

        _dataFolder.Delete(recursive: true);
    }
}
