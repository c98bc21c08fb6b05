using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Activities.Core;
using PlanWorkflows.Engine.Runtime.Expressions;

namespace PlanWorkflows.Engine.Tests.Runtime.Expressions;

public sealed class ExpressionEvaluatorTests
{
    private readonly ExpressionScenario _scenario = new();

    [Fact]
    public void Literal_ElsaStrings_ConvertToTheInputType()
    {
        _scenario.Evaluate<bool>("Literal", "True").Should().BeTrue();
        _scenario.Evaluate<TimeSpan>("Literal", "00:00:05").Should().Be(TimeSpan.FromSeconds(5));
        _scenario.Evaluate<TimeSpan>("Literal", "P1D").Should().Be(TimeSpan.FromDays(1));
        _scenario.Evaluate<FlowJoinMode>("Literal", "WaitAll").Should().Be(FlowJoinMode.WaitAll);
        _scenario.Evaluate<int>("Literal", "0").Should().Be(0);
    }

    [Fact]
    public void Literal_JsonPrimitivesAndNull_Convert()
    {
        _scenario.Evaluate<bool>("Literal", false).Should().BeFalse();
        _scenario.Evaluate<int>("Literal", 7).Should().Be(7);
        _scenario.Evaluate("Literal", null, typeof(string)).Should().BeNull();
    }

    [Fact]
    public void Object_JsonText_IsParsed() =>
        _scenario.Evaluate<ICollection<string>>("Object", """["One","Two"]""").Should().Equal("One", "Two");

    [Fact]
    public void Object_JsonNode_IsKept() =>
        _scenario.Evaluate<JsonObject>("Object", new JsonObject { ["a"] = 1 })!["a"]!.GetValue<int>().Should().Be(1);

    [Fact]
    public void Variable_ByNameOrId_ReadsTheValue()
    {
        _scenario.Evaluate<int>("Variable", "Counter").Should().Be(3);
        _scenario.Evaluate<int>("Variable", "counter-id").Should().Be(3);
    }

    [Fact]
    public void Input_ByName_ReadsTheWorkflowInput() =>
        _scenario.Evaluate<string>("Input", "message").Should().Be("Xin chào");

    [Fact]
    public void Evaluate_UnsupportedType_NamesTheActivityAndInput()
    {
        var evaluate = () => _scenario.Evaluate<string>("Liquid", "{{ x }}");

        evaluate.Should().Throw<ExpressionException>().WithMessage("*'Liquid'*input 'Text' of activity 'Activity1'*");
    }

    [Fact]
    public void Literal_ValueOfTheWrongType_FailsClearly()
    {
        var evaluate = () => _scenario.Evaluate<int>("Literal", "many");

        evaluate.Should().Throw<ExpressionException>().WithMessage("*input 'Text' of activity 'Activity1'*Int32*");
    }
}
