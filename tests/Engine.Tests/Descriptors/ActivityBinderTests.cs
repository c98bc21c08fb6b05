using PlanWorkflows.Engine.Activities.Core;
using PlanWorkflows.Engine.Descriptors;
using static PlanWorkflows.Engine.Tests.TestSupport.Definitions;

namespace PlanWorkflows.Engine.Tests.Descriptors;

public sealed class ActivityBinderTests
{
    private readonly ActivityBinder _binder = new(Registry);

    [Fact]
    public void Bind_WriteLine_SetsIdentityAndTextExpression()
    {
        var node = ReadSample("wrapped-inputs-expression-types.json").FindActivity("WriteLine2")!;

        var activity = _binder.Bind(node).Should().BeOfType<WriteLine>().Subject;

        activity.NodeId.Should().Be("Workflow1:Flowchart1:WriteLine2");
        activity.Type.Should().Be("Elsa.WriteLine");
        activity.Text!.Expression.Type.Should().Be("JavaScript");
        activity.Text.ValueType.Should().Be<string>();
    }

    [Fact]
    public void Bind_SetVariable_DeserializesThePlainVariableInput()
    {
        var node = ReadSample("wrapped-inputs-expression-types.json").FindActivity("SetVariable1")!;

        var activity = (SetVariable)_binder.Bind(node);

        activity.Variable!.Id.Should().Be("v000000000000001");
        activity.Value!.Expression.Type.Should().Be("Object");
    }

    [Fact]
    public void Bind_EventWithOutput_SetsOutputMemoryReference()
    {
        var node = ReadSample("event-output-and-variables.json").FindActivity("Event1")!;

        var activity = (Event)_binder.Bind(node);

        activity.Result!.MemoryReferenceId.Should().Be("e2a94c1b0f6d3785");
        activity.EventName!.Expression.Value!.GetValue<string>().Should().Be("signoff");
    }

    [Fact]
    public void Bind_Flowchart_CarriesItsContent()
    {
        var root = ReadSample("nested-flowchart.json").Root;

        var activity = (Flowchart)_binder.Bind(root);

        activity.Content.Activities.Select(child => child.Id).Should().Equal("Start1", "Inner", "WriteLine1");
    }

    [Fact]
    public void Bind_UnknownType_ThrowsNamingTheType()
    {
        var node = ReadSample("unknown-activity-type.json").FindActivity("Approve1")!;

        var bind = () => _binder.Bind(node);

        bind.Should().Throw<ActivityTypeException>().WithMessage("*'Approve1'*'Gov.ApprovalTask'*");
    }

    [Fact]
    public void Bind_SameNodeTwice_GivesSeparateActivitiesSharingTheInputExpression()
    {
        var node = ReadSample("wrapped-inputs-expression-types.json").FindActivity("WriteLine2")!;

        var first = (WriteLine)_binder.Bind(node);
        var second = (WriteLine)_binder.Bind(node);

        second.Should().NotBeSameAs(first);
        second.Text.Should().BeSameAs(first.Text);
    }

    [Fact]
    public void Bind_SameNodeTwice_DeserializesPlainInputsForEachActivity()
    {
        var node = ReadSample("wrapped-inputs-expression-types.json").FindActivity("SetVariable1")!;

        var first = (SetVariable)_binder.Bind(node);
        var second = (SetVariable)_binder.Bind(node);

        second.Variable.Should().NotBeSameAs(first.Variable);
        second.Variable!.Id.Should().Be(first.Variable!.Id);
    }
}
