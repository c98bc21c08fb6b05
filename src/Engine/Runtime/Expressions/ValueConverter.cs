using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Xml;

namespace PlanWorkflows.Engine.Runtime.Expressions;

/// <summary>
/// Converts JSON values as Elsa definitions write them (<c>"True"</c>, <c>"00:00:05"</c>, <c>"WaitAll"</c>, <c>"0"</c>,
/// real JSON booleans and numbers) to CLR types, and CLR values back to JSON.
/// </summary>
internal static class ValueConverter
{
    public static JsonSerializerOptions JsonOptions { get; } = CreateOptions();

    public static object? ToClr(JsonNode? node, Type targetType)
    {
        var type = Nullable.GetUnderlyingType(targetType) ?? targetType;
        if (node is null || type == typeof(object) || type.IsInstanceOfType(node))
        {
            return node;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return FromText(value.GetValue<string>(), type);
        }

        if (type == typeof(string))
        {
            return node is JsonValue ? node.ToString() : node.ToJsonString();
        }

        return type.IsEnum && node.GetValueKind() == JsonValueKind.Number
            ? Enum.ToObject(type, node.GetValue<long>())
            : node.Deserialize(type, JsonOptions);
    }

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        JsonNode node => node.Parent is null ? node : node.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), JsonOptions),
    };

    /// <summary>A value stored under a declared type: converted to it when the type is known, kept as JSON otherwise.</summary>
    public static JsonNode? Coerce(JsonNode? node, Type? type) =>
        type is null || type == typeof(object) ? ToJson(node) : ToJson(ToClr(node, type));

    private static object? FromText(string text, Type type)
    {
        var invariant = CultureInfo.InvariantCulture;
        return type switch
        {
            _ when type == typeof(string) => text,
            _ when text.Length == 0 => null,
            _ when type == typeof(bool) => bool.Parse(text),
            _ when type == typeof(TimeSpan) => ParseTimeSpan(text),
            _ when type == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, invariant, DateTimeStyles.AssumeUniversal),
            _ when type == typeof(DateTime) => DateTime.Parse(text, invariant, DateTimeStyles.AdjustToUniversal),
            _ when type == typeof(Guid) => Guid.Parse(text),
            _ when type.IsEnum => Enum.Parse(type, text, ignoreCase: true),
            _ when typeof(IConvertible).IsAssignableFrom(type) => Convert.ChangeType(text, type, invariant),
            _ => JsonNode.Parse(text).Deserialize(type, JsonOptions),
        };
    }

    private static TimeSpan ParseTimeSpan(string text) =>
        TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : XmlConvert.ToTimeSpan(text);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
