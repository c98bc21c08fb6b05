using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PlanWorkflows.Host.Auth;

/// <summary>Checks the administrator's user name and password: the configured one, else the generated one's hash.</summary>
internal sealed class AdministratorCredential(IOptions<AdministratorOptions> options, AdministratorPasswordFile passwordFile)
{
    public string UserName => options.Value.UserName;

    public bool Verify(string userName, string password)
    {
        if (!string.Equals(userName, UserName, StringComparison.Ordinal))
        {
            return false;
        }

        return string.IsNullOrEmpty(options.Value.Password)
            ? passwordFile.Verify(password)
            : CryptographicOperations.FixedTimeEquals(
                SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.Password)), SHA256.HashData(Encoding.UTF8.GetBytes(password)));
    }
}
