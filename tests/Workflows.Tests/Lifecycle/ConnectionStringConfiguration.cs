using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace PlanWorkflows.Workflows.Tests.Lifecycle;

/// <summary>Configuration holding only <c>ConnectionStrings:Default</c>, enough for <c>AddEnginePersistence</c>.</summary>
internal sealed class ConnectionStringConfiguration(string connectionString, string path = "") : IConfigurationSection
{
    public string Key => path.Split(':')[^1];

    public string Path => path;

    public string? Value
    {
        get => string.Equals(path, "ConnectionStrings:Default", StringComparison.OrdinalIgnoreCase) ? connectionString : null;
        set => throw new NotSupportedException();
    }

    public string? this[string key]
    {
        get => GetSection(key).Value;
        set => throw new NotSupportedException();
    }

    public IConfigurationSection GetSection(string key) =>
        new ConnectionStringConfiguration(connectionString, path.Length == 0 ? key : $"{path}:{key}");

    public IEnumerable<IConfigurationSection> GetChildren() => [];

    public IChangeToken GetReloadToken() => new CancellationChangeToken(CancellationToken.None);
}
