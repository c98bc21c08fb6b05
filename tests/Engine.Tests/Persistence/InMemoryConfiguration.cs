using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace PlanWorkflows.Engine.Tests.Persistence;

/// <summary>
/// A flat key/value <see cref="IConfiguration"/> (keys like <c>ConnectionStrings:Default</c>); the engine references
/// only the configuration abstractions, so the tests bring their own.
/// </summary>
internal sealed class InMemoryConfiguration(IReadOnlyDictionary<string, string?> values, string path = "") : IConfigurationSection
{
    public string? this[string key]
    {
        get => values.GetValueOrDefault(Combine(key));
        set => throw new NotSupportedException("The test configuration is read-only.");
    }

    public string Key => path.Split(':')[^1];
    public string Path => path;

    public string? Value
    {
        get => values.GetValueOrDefault(path);
        set => throw new NotSupportedException("The test configuration is read-only.");
    }

    public IConfigurationSection GetSection(string key) => new InMemoryConfiguration(values, Combine(key));

    public IEnumerable<IConfigurationSection> GetChildren() =>
        values.Keys
            .Where(key => path.Length == 0 || key.StartsWith(path + ":", StringComparison.OrdinalIgnoreCase))
            .Select(key => key[(path.Length == 0 ? 0 : path.Length + 1)..].Split(':')[0])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(GetSection);

    public IChangeToken GetReloadToken() => new CancellationChangeToken(CancellationToken.None);

    private string Combine(string key) => path.Length == 0 ? key : $"{path}:{key}";
}
