using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>How the runtime stores state and payloads in JSON columns: compact camelCase, enums as strings.</summary>
internal static class RuntimeJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>
    /// A burst record's journal lines and executions: without null members, and without the instance id, which the
    /// record's row holds and <see cref="BurstRecord"/> puts back when reading. A line takes a fifth less room, and
    /// records are most of what an instance stores over its life.
    /// </summary>
    private static JsonSerializerOptions RecordListOptions { get; } = CreateOptions(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutInstanceId } },
    });

    public static string Serialize(WorkflowState state) => JsonSerializer.Serialize(state, Options);

    /// <exception cref="JsonException">The stored text is not a workflow state.</exception>
    public static WorkflowState DeserializeState(string json) =>
        JsonSerializer.Deserialize<WorkflowState>(json, Options)
        ?? throw new JsonException("The stored workflow state is null.");

    public static string? Write(JsonNode? node) => node?.ToJsonString(Options);

    public static string WriteRecordList<TItem>(IReadOnlyList<TItem> items) => JsonSerializer.Serialize(items, RecordListOptions);

    /// <summary>Reads what <see cref="WriteRecordList{TItem}"/> wrote, and the lists of earlier releases, which held every member.</summary>
    /// <exception cref="JsonException">The stored text is not a list of <typeparamref name="TItem"/>.</exception>
    public static IReadOnlyList<TItem> ReadRecordList<TItem>(string json) =>
        JsonSerializer.Deserialize<List<TItem>>(json, RecordListOptions) ?? throw new JsonException($"The stored list of {typeof(TItem).Name} is null.");

    public static JsonNode? Read(string? json) => json is null ? null : JsonNode.Parse(json);

    public static JsonObject ReadObject(string? json) => Read(json) as JsonObject ?? [];

    private static JsonSerializerOptions CreateOptions(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static void LeaveOutInstanceId(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(JournalEntry) && typeInfo.Type != typeof(ActivityExecution))
        {
            return;
        }

        var instanceId = typeInfo.Properties.Single(property => property.AttributeProvider is MemberInfo { Name: nameof(JournalEntry.WorkflowInstanceId) });
        instanceId.ShouldSerialize = static (_, _) => false;
        instanceId.IsRequired = false;
    }
}
