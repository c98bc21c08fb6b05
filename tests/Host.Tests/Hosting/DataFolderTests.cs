using PlanWorkflows.Host.Hosting;
using PlanWorkflows.Host.Tests.Auth;

namespace PlanWorkflows.Host.Tests.Hosting;

public sealed class DataFolderTests
{
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "content-root");

    [Fact]
    public void ResolveConnectionString_RelativeDataSource_IsResolvedAgainstTheContentRoot()
    {
        var resolved = DataFolder.ResolveConnectionString("Data Source=data/planworkflows.db", ContentRoot);

        resolved.Should().Contain(Path.Combine(ContentRoot, "data", "planworkflows.db"));
    }

    [Fact]
    public void ResolveConnectionString_MissingConnectionString_UsesDataFolderUnderTheContentRoot()
    {
        DataFolder.Resolve(null, ContentRoot).Should().Be(Path.Combine(ContentRoot, "data"));
    }

    [Fact]
    public void Resolve_InMemoryDatabase_FallsBackToTheDefaultDataFolder()
    {
        DataFolder.Resolve("Data Source=:memory:", ContentRoot).Should().Be(Path.Combine(ContentRoot, "data"));
    }

    [Fact]
    public async Task HostStart_ConfiguredDataFolder_MigratesTheDatabaseThereBeforeTheFirstRequest()
    {
        await using var factory = new SecuredHostFactory();

        factory.StartServer();

        File.Exists(Path.Combine(factory.DataFolder, "planworkflows.db")).Should().BeTrue();
    }
}
