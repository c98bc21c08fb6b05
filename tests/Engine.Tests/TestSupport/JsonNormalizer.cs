using System.Globalization;
using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Tests.TestSupport;

/// <summary>
/// Normalises definition JSON for semantic comparison: node ids dropped (they are recomputed), creation instants compared as instants, legacy connections
/// rewritten in the current form, and absent treated as default (null, false, "", [], {} and version 1 removed).
/// </summary>
internal static class JsonNormalizer
{
    public static JsonNode? Normalize(JsonNode? node) => node switch
    {
        JsonObject json => NormalizeObject(json),
        JsonArray array => new JsonArray([.. array.Select(Normalize)]),
        _ => node?.DeepClone(),
    };

    private static JsonObject NormalizeObject(JsonObject json)
    {
        var result = new JsonObject();
        foreach (var (key, value) in LegacyConnectionToCurrent(json))
        {
            var normalized = key == "createdAt" ? Instant(value) : Normalize(value);
            if (key != "nodeId" && !IsDefault(key, normalized))
            {
                result[key] = normalized;
            }
        }

        return result;
    }

    private static JsonNode? Instant(JsonNode? value) =>
        value is JsonValue text && DateTimeOffset.TryParse(text.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant.ToString("O", CultureInfo.InvariantCulture)
            : value?.DeepClone();

    private static JsonObject LegacyConnectionToCurrent(JsonObject json)
    {
        if (json["source"] is not JsonValue || json["sourcePort"] is null)
        {
            return json;
        }

        return new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = json["source"]!.DeepClone(), ["port"] = json["sourcePort"]!.DeepClone() },
            ["target"] = new JsonObject { ["activity"] = json["target"]!.DeepClone(), ["port"] = json["targetPort"]!.DeepClone() },
        };
    }

    private static bool IsDefault(string key, JsonNode? value) => value switch
    {
        null => true,
        JsonObject json => json.Count == 0,
        JsonArray array => array.Count == 0,
        JsonValue scalar when scalar.TryGetValue<bool>(out var flag) => !flag,
        JsonValue scalar when scalar.TryGetValue<string>(out var text) => text.Length == 0,
        JsonValue scalar when key == "version" && scalar.TryGetValue<int>(out var version) => version == 1,
        _ => false,
    };
}
