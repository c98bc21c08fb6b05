using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanWorkflows.Host.Auth;

namespace PlanWorkflows.Host.Tests.Auth;

public sealed class AdministratorPasswordGeneratorTests : IDisposable
{
    private readonly DirectoryInfo _dataFolder = Directory.CreateTempSubdirectory("planworkflows-admin-");
    private readonly CapturingLogger<AdministratorPasswordGenerator> _logger = new();

    [Fact]
    public async Task StartAsync_WithoutConfiguredPassword_StoresOnlyTheHashAndLogsThePasswordOnce()
    {
        var file = PasswordFile();

        await Generator(file, configuredPassword: null).StartAsync(CancellationToken.None);
        await Generator(file, configuredPassword: null).StartAsync(CancellationToken.None);

        var entry = _logger.Entries.Should().ContainSingle().Subject;
        entry.Level.Should().Be(LogLevel.Warning);
        var password = (string)entry.Properties["GeneratedPassword"]!;
        password.Should().HaveLength(20);
        File.ReadAllText(file.Path).Should().NotContain(password);
        file.Verify(password).Should().BeTrue();
        file.Verify(password + "x").Should().BeFalse();
    }

    [Fact]
    public async Task StartAsync_WithConfiguredPassword_WritesNothing()
    {
        var file = PasswordFile();

        await Generator(file, configuredPassword: "chosen").StartAsync(CancellationToken.None);

        file.Exists.Should().BeFalse();
        _logger.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task Verify_GeneratedPassword_SignsInAsAdministrator()
    {
        var file = PasswordFile();
        await Generator(file, configuredPassword: null).StartAsync(CancellationToken.None);
        var password = (string)_logger.Entries.Single().Properties["GeneratedPassword"]!;

        var credential = new AdministratorCredential(Options.Create(new AdministratorOptions()), file);

        credential.Verify("admin", password).Should().BeTrue();
        credential.Verify("someone", password).Should().BeFalse();
    }

    [Theory]
    [InlineData("Data Source=data/planworkflows.db", "data")]
    [InlineData("Data Source=/var/lib/planworkflows/db.sqlite;Cache=Shared", "/var/lib/planworkflows")]
    [InlineData("Data Source=:memory:", "data")]
    [InlineData(null, "data")]
    public void InDataFolder_ConnectionString_PutsTheFileNextToTheDatabase(string? connectionString, string expectedFolder)
    {
        var file = AdministratorPasswordFile.InDataFolder(connectionString, "/srv/host");

        file.Path.Should().Be(Path.Combine("/srv/host", expectedFolder, AdministratorPasswordFile.FileName));
    }

    public void Dispose() => _dataFolder.Delete(recursive: true);

    private AdministratorPasswordFile PasswordFile() =>
        new(Path.Combine(_dataFolder.FullName, "data", AdministratorPasswordFile.FileName));

    private AdministratorPasswordGenerator Generator(AdministratorPasswordFile file, string? configuredPassword) =>
        new(Options.Create(new AdministratorOptions { Password = configuredPassword }), file, _logger);
}
