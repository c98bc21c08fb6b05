namespace PlanWorkflows.Engine.Identity;

/// <summary>Random 16-hex-character ids, as Elsa's default identity generator produces.</summary>
public sealed class RandomIdentityGenerator : IIdentityGenerator
{
    private readonly Lock _gate = new();
    private readonly RandomBits _random = new();

    public string NewId()
    {
        lock (_gate)
        {
            return _random.NextUInt64().ToString("x16");
        }
    }
}
