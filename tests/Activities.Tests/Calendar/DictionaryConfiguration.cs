using Microsoft.Extensions.Configuration;

namespace PlanWorkflows.Activities.Tests.Calendar;

/// <summary>Flat "Section:Key" pairs as configuration.</summary>
internal static class DictionaryConfiguration
{
    public static IConfiguration From(IEnumerable<KeyValuePair<string, string?>> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    public static IConfiguration From(params (string Key, string? Value)[] pairs) =>
        From(pairs.Select(pair => KeyValuePair.Create(pair.Key, pair.Value)));
}
