using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>The CLR type behind a variable's Elsa type name (<c>Int32</c>, <c>Boolean</c>, ...); null keeps the value as JSON.</summary>
internal static class VariableTypes
{
    private static readonly Dictionary<string, Type> ByElsaName = new Type[]
    {
        typeof(string), typeof(bool), typeof(short), typeof(int), typeof(long), typeof(float), typeof(double),
        typeof(decimal), typeof(Guid), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(JsonNode),
        typeof(JsonObject), typeof(JsonArray),
    }.ToDictionary(ElsaTypeNames.Of, StringComparer.OrdinalIgnoreCase);

    public static Type? Of(VariableDefinition variable) =>
        variable.IsArray ? null : ByElsaName.GetValueOrDefault(variable.TypeName);
}
