using Microsoft.Extensions.Configuration;

namespace PlanWorkflows.Engine.Tests.Persistence;

/// <summary>Flat key/value settings (keys like <c>ConnectionStrings:Default</c>) as configuration.</summary>
internal static class InMemoryConfiguration
{
    public static IConfiguration From(IEnumerable<KeyValuePair<string, string?>> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    public static IConfiguration From(params (string Key, string? Value)[] pairs) =>
        From(pairs.Select(pair => KeyValuePair.Create(pair.Key, pair.Value)));
}
