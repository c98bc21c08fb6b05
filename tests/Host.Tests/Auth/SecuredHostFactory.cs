using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PlanWorkflows.Host.Tests.Studio;

namespace PlanWorkflows.Host.Tests.Auth;

/// <summary>
/// The Host in a test server with a temp data folder, a known administrator password, one Admin and one Reader API
/// key, and a small fake Studio bundle (see <see cref="FakeStudioBundle"/>).
/// </summary>
public class SecuredHostFactory : WebApplicationFactory<Program>
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "correct horse battery staple";
    public const string AdminApiKey = "admin-api-key-for-tests";
    public const string ReaderApiKey = "reader-api-key-for-tests";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("planworkflows-host-tests-");

    public SecuredHostFactory()
        : this(withStudioBundle: true)
    {
    }

    protected SecuredHostFactory(bool withStudioBundle)
    {
        BundlePath = Path.Combine(_root.FullName, "studio");
        if (withStudioBundle)
        {
            FakeStudioBundle.WriteTo(BundlePath);
        }
    }

    public string BundlePath { get; }

    public string DataFolder => Path.Combine(_root.FullName, "data");

    /// <summary>The folder the Host publishes definitions from at start-up; empty unless a test fills it.</summary>
    public virtual string WorkflowDefinitionsFolder => Path.Combine(_root.FullName, "workflow-definitions");

    public HttpClient CreateClientWithApiKey(string apiKey)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Authorization", $"ApiKey {apiKey}");
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(DataFolder, "planworkflows.db")}");
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("Auth:ApiKeys:0:Key", AdminApiKey);
        builder.UseSetting("Auth:ApiKeys:0:Role", "Admin");
        builder.UseSetting("Auth:ApiKeys:1:Key", ReaderApiKey);
        builder.UseSetting("Auth:ApiKeys:1:Role", "Reader");
        builder.UseSetting("Studio:BundlePath", BundlePath);
        builder.UseSetting("WorkflowDefinitions:Folder", WorkflowDefinitionsFolder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _root.Exists)
        {
            _root.Delete(recursive: true);
        }
    }
}

/// <summary>The same Host where <c>npm ci</c> never ran.</summary>
public sealed class HostWithoutStudioBundleFactory() : SecuredHostFactory(withStudioBundle: false);
