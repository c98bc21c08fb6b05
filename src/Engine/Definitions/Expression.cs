using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Definitions;

/// <summary>An Elsa expression: its syntax (<c>Literal</c>, <c>Object</c>, <c>Variable</c>, <c>JavaScript</c>, ...) and its value as written in the JSON.</summary>
public sealed record Expression(string Type, JsonNode? Value)
{
    public const string LiteralType = "Literal";

    public static Expression Literal(JsonNode? value) => new(LiteralType, value);

    public bool IsLiteral => Type == LiteralType;
}
