using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Expressions;
using PlanWorkflows.Engine.Runtime.Expressions.JavaScript;

namespace PlanWorkflows.Engine.Tests.Runtime.Expressions;

/// <summary>One activity input evaluated against a workflow variable <c>Counter</c> (Int32) and the workflow input.</summary>
internal sealed class ExpressionScenario
{
    private readonly ExpressionEvaluatorRegistry _registry;

    public ExpressionScenario(JavaScriptOptions? javaScript = null)
    {
        _registry = ExpressionEvaluatorRegistry.CreateDefault(javaScript ?? new JavaScriptOptions());
        VariableScope.Initialize(VariableDefinitions, Variables);
    }

    public static IReadOnlyList<VariableDefinition> VariableDefinitions { get; } =
        [new VariableDefinition { Id = "counter-id", Name = "Counter", TypeName = "Int32", Value = "3" }];

    public JsonObject Variables { get; } = [];

    public JsonObject Input { get; } = new() { ["Message"] = "Xin chào" };

    public object? Evaluate(string type, JsonNode? value, Type targetType) =>
        _registry.Evaluate(new Expression(type, value), targetType, Context());

    public T? Evaluate<T>(string type, JsonNode? value) => Evaluate(type, value, typeof(T)) is T typed ? typed : default;

    private ExpressionContext Context() => new(
        new ActivityNode { Id = "Activity1", Type = "Elsa.WriteLine" },
        "Text",
        new VariableScope(VariableDefinitions, Variables, null),
        Input,
        [new InputDefinition { Name = "Message" }]);
}
