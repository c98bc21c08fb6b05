using System.Security.Cryptography;
using System.Text;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>
/// Ids in Elsa's 16-hex-digit form derived from the parts that identify a thing, so that compiling the same plan
/// twice gives the same ids and the checked-in definitions do not churn.
/// </summary>
internal static class StableId
{
    public static string Of(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001F', parts)));
        return Convert.ToHexStringLower(hash)[..16];
    }
}
