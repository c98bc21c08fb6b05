using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Serialization;

/// <summary>Typed reads of optional properties from a <see cref="JsonObject"/>; a value of the wrong kind reads as absent.</summary>
internal static class JsonObjectReading
{
    public static string? StringOf(this JsonObject json, string key) =>
        json[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static int? IntOf(this JsonObject json, string key) =>
        json[key] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    public static bool BoolOf(this JsonObject json, string key) =>
        json[key] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    /// <summary>A detached copy of the object under <paramref name="key"/>, or an empty object.</summary>
    public static JsonObject ObjectOf(this JsonObject json, string key) =>
        json[key] is JsonObject inner ? (JsonObject)inner.DeepClone() : [];

    public static T? Deserialize<T>(this JsonObject json, string key) =>
        json[key] is { } node ? node.Deserialize<T>(ElsaJson.Options) : default;

    public static IEnumerable<JsonObject> ObjectsOf(this JsonObject json, string key) =>
        json[key] is JsonArray array ? array.OfType<JsonObject>() : [];
}
