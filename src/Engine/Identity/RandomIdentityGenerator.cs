using System.Security.Cryptography;

namespace PlanWorkflows.Engine.Identity;

/// <summary>Random 16-hex-character ids, as Elsa's default identity generator produces.</summary>
public sealed class RandomIdentityGenerator : IIdentityGenerator
{
    public string NewId() => RandomNumberGenerator.GetHexString(16, lowercase: true);
}
