using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace PlanWorkflows.Engine.Validation;

/// <summary>Whether a Literal value as written in JSON (a string such as "00:00:05" or "True", or a JSON primitive) converts to a CLR type.</summary>
internal static class LiteralConversion
{
    public static bool CanConvert(JsonNode? literal, Type targetType)
    {
        if (literal is not JsonValue value || targetType == typeof(string) || targetType == typeof(object))
        {
            return true;
        }

        if (value.GetValueKind() != JsonValueKind.String)
        {
            return CanConvertPrimitive(value, targetType);
        }

        var text = value.GetValue<string>();
        return text.Length == 0 || CanParse(text, targetType);
    }

    private static bool CanConvertPrimitive(JsonValue value, Type targetType) => value.GetValueKind() switch
    {
        JsonValueKind.True or JsonValueKind.False => targetType == typeof(bool),
        JsonValueKind.Number => IsNumeric(targetType) || targetType.IsEnum || targetType == typeof(TimeSpan),
        _ => true,
    };

    private static bool CanParse(string text, Type targetType)
    {
        var invariant = CultureInfo.InvariantCulture;
        return targetType switch
        {
            _ when targetType == typeof(bool) => bool.TryParse(text, out _),
            _ when targetType == typeof(TimeSpan) => TimeSpan.TryParse(text, invariant, out _) || IsIsoDuration(text),
            _ when targetType == typeof(DateTimeOffset) => DateTimeOffset.TryParse(text, invariant, DateTimeStyles.None, out _),
            _ when targetType == typeof(DateTime) => DateTime.TryParse(text, invariant, DateTimeStyles.None, out _),
            _ when targetType == typeof(Guid) => Guid.TryParse(text, out _),
            _ when targetType.IsEnum => Enum.TryParse(targetType, text, ignoreCase: true, out _),
            _ when IsNumeric(targetType) => decimal.TryParse(text, NumberStyles.Float, invariant, out _),
            _ => true,
        };
    }

    private static bool IsNumeric(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(decimal)
        || type == typeof(double) || type == typeof(float);

    private static bool IsIsoDuration(string text)
    {
        try
        {
            XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
