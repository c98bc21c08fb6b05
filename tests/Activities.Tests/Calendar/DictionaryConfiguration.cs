using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace PlanWorkflows.Activities.Tests.Calendar;

/// <summary>Flat "Section:Key" pairs as configuration; the configuration package itself is not referenced here.</summary>
internal sealed class DictionaryConfiguration(IReadOnlyDictionary<string, string?> values, string path = "")
    : IConfigurationSection
{
    public DictionaryConfiguration(params (string Key, string? Value)[] pairs)
        : this(pairs.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase))
    {
    }

    public string Key => path[(path.LastIndexOf(':') + 1)..];

    public string Path => path;

    public string? Value
    {
        get => values.GetValueOrDefault(path);
        set => throw new NotSupportedException();
    }

    public string? this[string key]
    {
        get => values.GetValueOrDefault(Combine(key));
        set => throw new NotSupportedException();
    }

    public IConfigurationSection GetSection(string key) => new DictionaryConfiguration(values, Combine(key));

    public IEnumerable<IConfigurationSection> GetChildren()
    {
        var prefix = path.Length == 0 ? string.Empty : path + ":";
        return values.Keys
            .Where(key => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(key => key[prefix.Length..].Split(':')[0])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(GetSection);
    }

    public IChangeToken GetReloadToken() => throw new NotSupportedException();

    private string Combine(string key) => path.Length == 0 ? key : $"{path}:{key}";
}
