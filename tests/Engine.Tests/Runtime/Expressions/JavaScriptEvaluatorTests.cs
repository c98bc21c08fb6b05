using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.Expressions;
using PlanWorkflows.Engine.Runtime.Expressions.JavaScript;

namespace PlanWorkflows.Engine.Tests.Runtime.Expressions;

public sealed class JavaScriptEvaluatorTests
{
    private readonly ExpressionScenario _scenario = new();

    [Fact]
    public void Evaluate_GeneratedGetters_ReadVariablesAndInputs() =>
        _scenario.Evaluate<string>("JavaScript", "`${getMessage()} ${getCounter() + 1}`").Should().Be("Xin chào 4");

    [Fact]
    public void Evaluate_ElsaHelpers_ReadAndWriteVariables()
    {
        _scenario.Evaluate<int>("JavaScript", "setVariable('Counter', getVariable('Counter') * 2); return getVariable('Counter');").Should().Be(6);
        _scenario.Evaluate<string>("JavaScript", "getInput('Message')").Should().Be("Xin chào");
    }

    [Fact]
    public void Evaluate_GeneratedSetter_ConvertsToTheVariableType()
    {
        _scenario.Evaluate<object>("JavaScript", "setCounter('12')");

        _scenario.Variables["counter-id"]!.GetValue<int>().Should().Be(12);
    }

    [Fact]
    public void Evaluate_TopLevelReturn_IsAllowed() =>
        _scenario.Evaluate<bool>("JavaScript", "if (getCounter() > 1) { return false; } return true;").Should().BeFalse();

    [Fact]
    public void Evaluate_ObjectWithDollarKeys_SurvivesAsJson()
    {
        var value = _scenario.Evaluate<JsonObject>("JavaScript", "return ({ schema: { $id: '#/x', $schema: 'draft' } });");

        value!["schema"]!["$id"]!.GetValue<string>().Should().Be("#/x");
    }

    [Fact]
    public void Evaluate_DeepRecursion_FailsWithTheRecursionLimit()
    {
        var scenario = new ExpressionScenario(new JavaScriptOptions { RecursionLimit = 20 });

        var evaluate = () => scenario.Evaluate<int>("JavaScript", "function f(n) { return f(n + 1); } return f(0);");

        evaluate.Should().Throw<ExpressionException>().WithMessage("*recursion limit of 20*");
    }

    [Fact]
    public void Evaluate_InfiniteLoop_StopsAtTheTimeLimit()
    {
        var scenario = new ExpressionScenario(new JavaScriptOptions { Timeout = TimeSpan.FromMilliseconds(50), StatementLimit = int.MaxValue });

        var evaluate = () => scenario.Evaluate<int>("JavaScript", "while (true) {}");

        evaluate.Should().Throw<ExpressionException>().WithMessage("*time limit*");
    }

    [Fact]
    public void Evaluate_StatementFlood_StopsAtTheStatementLimit()
    {
        var scenario = new ExpressionScenario(new JavaScriptOptions { StatementLimit = 100 });

        var evaluate = () => scenario.Evaluate<int>("JavaScript", "let i = 0; while (true) { i++; }");

        evaluate.Should().Throw<ExpressionException>().WithMessage("*statement limit of 100*");
    }

    [Fact]
    public void Evaluate_MemoryHog_StopsAtTheMemoryLimit()
    {
        var scenario = new ExpressionScenario(new JavaScriptOptions { MemoryLimitBytes = 1_000_000, StatementLimit = int.MaxValue });

        var evaluate = () => scenario.Evaluate<int>("JavaScript", "const a = []; while (true) { a.push('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' + a.length); }");

        evaluate.Should().Throw<ExpressionException>().WithMessage("*memory limit*");
    }

    [Fact]
    public void Evaluate_SyntaxError_FailsClearly()
    {
        var evaluate = () => _scenario.Evaluate<int>("JavaScript", "return (");

        evaluate.Should().Throw<ExpressionException>().WithMessage("*JavaScript of input 'Text' of activity 'Activity1'*");
    }
}
