namespace PlanWorkflows.Host.ElsaApi.Descriptors;

/// <summary>The variable types Studio offers, by Elsa's well-known aliases.</summary>
internal static class VariableTypes
{
    private const string Primitives = "Primitives";

    private const string Numbers = "Numbers";

    private const string Dates = "Date and time";

    private const string Dynamic = "Dynamic";

    public static IReadOnlyList<VariableTypeDescriptor> All { get; } =
    [
        new("Object", "Object", Primitives, "Any value."),
        new("String", "String", Primitives, "Text."),
        new("Boolean", "Boolean", Primitives, "True or false."),
        new("Guid", "Guid", Primitives, "A globally unique identifier."),
        new("Int32", "Int32", Numbers, "A 32-bit whole number."),
        new("Int64", "Int64", Numbers, "A 64-bit whole number."),
        new("Double", "Double", Numbers, "A floating-point number."),
        new("Decimal", "Decimal", Numbers, "An exact decimal number."),
        new("DateTime", "DateTime", Dates, "A date and time of day."),
        new("DateTimeOffset", "DateTimeOffset", Dates, "A date and time with its UTC offset."),
        new("DateOnly", "DateOnly", Dates, "A calendar date."),
        new("TimeSpan", "TimeSpan", Dates, "A duration."),
        new("JsonObject", "JsonObject", Dynamic, "A JSON object."),
        new("JsonArray", "JsonArray", Dynamic, "A JSON array."),
    ];
}
