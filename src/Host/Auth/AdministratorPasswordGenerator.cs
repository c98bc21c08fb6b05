using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace PlanWorkflows.Host.Auth;

/// <summary>
/// On first start without <c>Admin:Password</c>, generates the administrator password, stores only its hash and
/// logs the password once at Warning level: the only time anyone can read it.
/// </summary>
internal sealed partial class AdministratorPasswordGenerator(
    IOptions<AdministratorOptions> options,
    AdministratorPasswordFile passwordFile,
    ILogger<AdministratorPasswordGenerator> logger) : IHostedService
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private const int PasswordLength = 20;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.Password) && !passwordFile.Exists)
        {
            var password = RandomNumberGenerator.GetString(Alphabet, PasswordLength);
            passwordFile.Create(password);
            LogGenerated(options.Value.UserName, password, passwordFile.Path);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Generated the administrator password. User: {UserName} Password: {GeneratedPassword} " +
        "(shown only now; its hash is in {PasswordFile}; set Admin:Password to choose one)")]
    private partial void LogGenerated(string userName, string generatedPassword, string passwordFile);
}
