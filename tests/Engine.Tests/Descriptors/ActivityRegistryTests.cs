using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Descriptors;

namespace PlanWorkflows.Engine.Tests.Descriptors;

public sealed class ActivityRegistryTests
{
    private static readonly ActivityRegistry Registry = ActivityRegistry.CreateDefault();

    [Theory]
    [InlineData("Elsa.Flowchart", "Flow", "Done")]
    [InlineData("Elsa.Start", "Flow", "Done")]
    [InlineData("Elsa.End", "Flow", "")]
    [InlineData("Elsa.Finish", "Primitives", "")]
    [InlineData("Elsa.WriteLine", "Console", "Done")]
    [InlineData("Elsa.SetVariable", "Primitives", "Done")]
    [InlineData("Elsa.FlowDecision", "Branching", "True,False")]
    [InlineData("Elsa.FlowFork", "Branching", "")]
    [InlineData("Elsa.FlowJoin", "Branching", "Done")]
    [InlineData("Elsa.Delay", "Scheduling", "Done")]
    [InlineData("Elsa.StartAt", "Scheduling", "Done")]
    [InlineData("Elsa.Event", "Primitives", "Done")]
    [InlineData("Elsa.Correlate", "Primitives", "Done")]
    public void CreateDefault_CoreActivity_HasElsaCategoryAndFlowPorts(string typeName, string category, string ports)
    {
        var descriptor = Registry.Find(typeName)!;

        descriptor.Category.Should().Be(category);
        descriptor.Ports.Where(port => port.Type != PortType.Flow || !port.IsBrowsable).Should().BeEmpty();
        string.Join(",", descriptor.Ports.Select(port => port.Name)).Should().Be(ports);
    }

    [Theory]
    [InlineData("Elsa.WriteLine", "Text", "String", "singleline", true)]
    [InlineData("Elsa.SetVariable", "Variable", "Elsa.Workflows.Memory.Variable, Elsa.Workflows.Core", "variable-picker", false)]
    [InlineData("Elsa.SetVariable", "Value", "Object", "singleline", true)]
    [InlineData("Elsa.FlowDecision", "Condition", "Boolean", "singleline", true)]
    [InlineData("Elsa.FlowFork", "Branches", "System.Collections.Generic.ICollection`1[[System.String, System.Private.CoreLib]], System.Private.CoreLib", "dynamic-outcomes", true)]
    [InlineData("Elsa.FlowJoin", "Mode", "FlowJoinMode", "dropdown", true)]
    [InlineData("Elsa.Delay", "TimeSpan", "TimeSpan", "singleline", true)]
    [InlineData("Elsa.StartAt", "DateTime", "DateTimeOffset", "singleline", true)]
    [InlineData("Elsa.Event", "EventName", "String", "singleline", true)]
    [InlineData("Elsa.Correlate", "CorrelationId", "String", "singleline", true)]
    public void CreateDefault_CoreActivity_HasElsaInputs(string typeName, string input, string inputTypeName, string uiHint, bool isWrapped)
    {
        var descriptor = Registry.Find(typeName)!.FindInput(input)!;

        descriptor.TypeName.Should().Be(inputTypeName);
        descriptor.UIHint.Should().Be(uiHint);
        descriptor.IsWrapped.Should().Be(isWrapped);
    }

    [Fact]
    public void CreateDefault_CoreActivities_HaveElsaKindsAndFlags()
    {
        Registry.Find("Elsa.Event")!.Kind.Should().Be(ActivityKind.Trigger);
        Registry.Find("Elsa.StartAt")!.Kind.Should().Be(ActivityKind.Trigger);
        Registry.Find("Elsa.Delay")!.Kind.Should().Be(ActivityKind.Action);
        Registry.Find("Elsa.Start")!.IsStart.Should().BeTrue();
        Registry.Find("Elsa.End")!.IsTerminal.Should().BeTrue();
        Registry.Find("Elsa.Finish")!.IsTerminal.Should().BeTrue();
        Registry.Find("Elsa.Flowchart")!.Should().Match<ActivityDescriptor>(d => d.IsContainer && !d.IsBrowsable);
        Registry.Find("Elsa.FlowDecision")!.DisplayName.Should().Be("Decision");
        Registry.Find("Elsa.WriteLine")!.DisplayName.Should().Be("Write Line");
        Registry.Descriptors.Should().HaveCount(13);
    }

    [Fact]
    public void CreateDefault_FlowJoinMode_HasDefaultValueAndDropdownItems()
    {
        var mode = Registry.Find("Elsa.FlowJoin")!.FindInput("Mode")!;

        mode.DefaultValue!.GetValue<string>().Should().Be("WaitAny");
        mode.UISpecifications!["dropdown"]!["items"]!.AsArray().Select(item => item!["value"]!.GetValue<string>())
            .Should().Equal("WaitAll", "WaitAllActive", "WaitAny");
    }

    [Fact]
    public void CreateDefault_Event_HasObjectResultOutput()
    {
        var output = Registry.Find("Elsa.Event")!.FindOutput("Result")!;

        output.TypeName.Should().Be("Object");
    }

    [Fact]
    public void Register_ActivityFromAnotherAssembly_DescribesItsAttributesAndPorts()
    {
        var registry = ActivityRegistry.CreateDefault().Register<TestApproval>();

        var descriptor = registry.Find("Gov.Approval")!;

        descriptor.Should().Match<ActivityDescriptor>(d => d.Kind == ActivityKind.Task && d.Category == "Implementation Plan" && d.IsBlocking);
        descriptor.FlowPortNames.Should().Equal("Approved", "Rejected");
        var priority = descriptor.FindInput("Priority")!;
        priority.UIHint.Should().Be("dropdown");
        priority.DisplayName.Should().Be("Mức ưu tiên");
        priority.UISpecifications!["dropdown"]!["items"]!.AsArray().Should().HaveCount(2);
        descriptor.FindInput("DueDays")!.TypeName.Should().Be("Int32");
    }

    [Fact]
    public void Register_TwoClassesWithOneTypeName_Throws()
    {
        var register = () => ActivityRegistry.CreateDefault().Register<TestApproval>().Register<TestApprovalDuplicate>();

        register.Should().Throw<ActivityTypeException>().WithMessage("*'Gov.Approval'*");
    }

    [Fact]
    public void Register_ClassWithoutActivityAttribute_Throws()
    {
        var register = () => new ActivityRegistry().Register<UndeclaredActivity>();

        register.Should().Throw<ActivityTypeException>().WithMessage("*no [Activity] attribute*");
    }
}
