using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Activities.Core;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Descriptors;

/// <summary>The type names Elsa writes for CLR types (its well-known aliases, else a short assembly-qualified name).</summary>
internal static class ElsaTypeNames
{
    private static readonly Dictionary<Type, string> Aliases = new()
    {
        [typeof(object)] = "Object",
        [typeof(string)] = "String",
        [typeof(bool)] = "Boolean",
        [typeof(short)] = "Int16",
        [typeof(int)] = "Int32",
        [typeof(long)] = "Int64",
        [typeof(float)] = "Single",
        [typeof(double)] = "Double",
        [typeof(decimal)] = "Decimal",
        [typeof(byte[])] = "ByteArray",
        [typeof(Guid)] = "Guid",
        [typeof(DateTime)] = "DateTime",
        [typeof(DateTimeOffset)] = "DateTimeOffset",
        [typeof(TimeSpan)] = "TimeSpan",
        [typeof(JsonNode)] = "JsonNode",
        [typeof(JsonObject)] = "JsonObject",
        [typeof(JsonArray)] = "JsonArray",
        [typeof(IDictionary<string, string>)] = "StringDictionary",
        [typeof(IDictionary<string, object>)] = "ObjectDictionary",
        [typeof(Dictionary<string, string>)] = "StringMap",
        [typeof(Dictionary<string, object>)] = "ObjectMap",
        [typeof(FlowJoinMode)] = nameof(FlowJoinMode),
        [typeof(VariableDefinition)] = "Elsa.Workflows.Memory.Variable, Elsa.Workflows.Core",
    };

    public static string Of(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return Aliases.TryGetValue(underlying, out var alias) ? alias : QualifiedName(underlying);
    }

    private static string QualifiedName(Type type) => $"{FullName(type)}, {type.Assembly.GetName().Name}";

    private static string FullName(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.FullName ?? type.Name;
        }

        var arguments = type.GetGenericArguments().Select(argument => $"[{QualifiedName(argument)}]");
        return $"{type.GetGenericTypeDefinition().FullName}[{string.Join(",", arguments)}]";
    }
}
