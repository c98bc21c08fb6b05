using Microsoft.Extensions.Configuration;

namespace PlanWorkflows.Workflows.Tests.Lifecycle;

/// <summary>Flat "Section:Key" settings as configuration.</summary>
internal static class SettingsConfiguration
{
    public static IConfiguration From(IEnumerable<KeyValuePair<string, string?>> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    public static IConfiguration From(params (string Key, string? Value)[] pairs) =>
        From(pairs.Select(pair => KeyValuePair.Create(pair.Key, pair.Value)));
}
