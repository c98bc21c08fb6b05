using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>How the runtime stores state and payloads in JSON columns: compact camelCase, enums as strings.</summary>
internal static class RuntimeJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(WorkflowState state) => JsonSerializer.Serialize(state, Options);

    /// <exception cref="JsonException">The stored text is not a workflow state.</exception>
    public static WorkflowState DeserializeState(string json) =>
        JsonSerializer.Deserialize<WorkflowState>(json, Options)
        ?? throw new JsonException("The stored workflow state is null.");

    public static string? Write(JsonNode? node) => node?.ToJsonString(Options);

    public static string WriteList<TItem>(IReadOnlyList<TItem> items) => JsonSerializer.Serialize(items, Options);

    /// <exception cref="JsonException">The stored text is not a list of <typeparamref name="TItem"/>.</exception>
    public static IReadOnlyList<TItem> ReadList<TItem>(string json) =>
        JsonSerializer.Deserialize<List<TItem>>(json, Options) ?? throw new JsonException($"The stored list of {typeof(TItem).Name} is null.");

    public static JsonNode? Read(string? json) => json is null ? null : JsonNode.Parse(json);

    public static JsonObject ReadObject(string? json) => Read(json) as JsonObject ?? [];

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
