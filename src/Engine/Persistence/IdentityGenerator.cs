using System.Security.Cryptography;

namespace PlanWorkflows.Engine.Persistence;

/// <summary>Entity ids shaped like Elsa's default ones: a random 64-bit number as 16 lower-case hex digits.</summary>
internal static class IdentityGenerator
{
    private const int IdLength = 16;

    public static string NewId() => RandomNumberGenerator.GetHexString(IdLength, lowercase: true);
}
