using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace PlanWorkflows.Workflows.Tests.Lifecycle;

/// <summary>Flat "Section:Key" settings as configuration; the configuration package itself is not referenced here.</summary>
internal sealed class SettingsConfiguration(IReadOnlyDictionary<string, string> settings, string path = "") : IConfigurationSection
{
    public SettingsConfiguration(params (string Key, string Value)[] pairs)
        : this(pairs.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase))
    {
    }

    public string Key => path.Split(':')[^1];

    public string Path => path;

    public string? Value
    {
        get => settings.GetValueOrDefault(path);
        set => throw new NotSupportedException();
    }

    public string? this[string key]
    {
        get => GetSection(key).Value;
        set => throw new NotSupportedException();
    }

    public IConfigurationSection GetSection(string key) => new SettingsConfiguration(settings, Combine(key));

    public IEnumerable<IConfigurationSection> GetChildren() =>
        settings.Keys
            .Where(key => path.Length == 0 || key.StartsWith(path + ":", StringComparison.OrdinalIgnoreCase))
            .Select(key => key[(path.Length == 0 ? 0 : path.Length + 1)..].Split(':')[0])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(GetSection);

    public IChangeToken GetReloadToken() => new CancellationChangeToken(CancellationToken.None);

    private string Combine(string key) => path.Length == 0 ? key : $"{path}:{key}";
}
